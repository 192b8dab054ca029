# Python 3.11 grammar: everything here parses; what cfy cannot run is inside functions never called.
from __future__ import annotations
import typing as t
from typing import (
    Any,
    Optional,
)

def everything(a, b: int = 1, c=2, *args: int, d, e: str = "x", **kw: Any) -> Optional[int]:
    global G
    x = 1; y = 2
    x, y = y, x
    [p, q] = 1, 2
    (r, s) = 3, 4
    first, *rest = [1, 2, 3]
    x += 1; x -= 1; x *= 2; x /= 2; x //= 1; x %= 3; x **= 2; x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
    m @= m
    lst = [*rest, *rest]
    dd = {**kw, "a": 1}
    st = {1, 2}
    sc = {v for v in range(3)}
    gen = (v for v in range(3) if v if v > 0)
    nested = [[i * j for j in range(i)] for i in range(3)]
    f = lambda *a, **k: (a, k)
    g = lambda: (yield)
    z = x if x else y
    w = not x and y or z
    cmp = 1 < x <= 2 != 3 is not None
    inn = x not in [1] and x in (1,)
    sl = lst[1:2], lst[::2], lst[:], lst[..., 1]
    fs = f"{x!r:>{y}} {x=} {'nested'}" 'plain'
    bs = rb"\x" Rb"y" br'z'
    cpx = 1j + 2.5J
    e2 = 1_000.5e-3, 0x_ff, 0o17, 0b1
    if (n := 10) > 5:
        pass
    while False:
        break
    else:
        pass
    for i in range(3):
        continue
    else:
        pass
    try:
        pass
    except (ValueError, TypeError) as err:
        raise RuntimeError("x") from err
    else:
        pass
    finally:
        pass
    try:
        pass
    except* OSError:
        pass
    finally:
        pass
    with open("a") as fa, open("b") as fb:
        pass
    with (open("a") as fa, open("b")):
        pass
    del x, y
    assert x, "msg"
    def inner():
        nonlocal x
        yield from range(3)
    class Inner:
        pass
    return await something()

async def coroutine():
    async with a as b:
        pass
    async for i in aiter():
        pass
    await x
    return [i async for i in aiter()]

def never_called():
    @decorator
    @decorator.attr(1, k=2)
    @(lambda f: f)
    def decorated(): ...

    class Meta(Base, metaclass=M, **kw):
        x = 1


print("parsed")
#=> parsed
