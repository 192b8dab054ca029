# typing annotations become cfy field types (or `any`, which checks nothing, as Python checks nothing).
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple, Union
import typing as t


@dataclass
class D:
    a: Tuple[int, ...] = (1,)
    b: Union[int, str] = 1
    c: Callable = None
    d: t.Optional[int] = None
    e: "D" = None
    f: list[int] = field(default_factory=list)
    g: Dict[str, Any] = field(default_factory=dict)
    h: int | None = None

    def with_note(self):
        notes = {}
        notes["k"]: str = "annotated item targets parse"
        return notes["k"]


print(D(b="x"), D().with_note())
#=> D(a=(1,), b='x', c=None, d=None, e=None, f=[], g={}, h=None) annotated item targets parse
D(f=["a"])
#=> error: 26:2: wrong type for field 'f' of D: expected list[int], got list (['a'])
#=>     D(f=["a"])
#=>      ^

from typing import ClassVar


@dataclass
class WithClassVar:
    registry: ClassVar[dict] = {"a": 1}
    x: int = 1


print(WithClassVar(), WithClassVar.registry)
#=> WithClassVar(x=1) {'a': 1}
