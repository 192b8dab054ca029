"""The one way the golden scripts for `.py` tests write their expected output: a file's `#=>` lines
are dropped and the new ones appended at its end; with --check nothing is written and a stale file
is reported (the caller exits 1)."""
import importlib
import sys


def update(path, expected, script):
    """Rewrites (or with --check, compares) `path`'s trailing `#=>` block from `expected`, a function
    of the file's other lines returning the new `#=>` lines. Returns False when --check finds it stale."""
    with open(path, encoding="utf-8") as f:
        text = f.read().splitlines()
    body = [line for line in text if not line.startswith("#=>")]
    new = "\n".join(body + expected(body)) + "\n"
    if "--check" in sys.argv[1:]:
        if new != "\n".join(text) + "\n":
            print(f"{path} is stale: run scripts/golden/{script}", file=sys.stderr)
            return False
        return True
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)
    return True


def cpython_output(path):
    """The `expected` function for `update` of a plain Python file: the `#=>` lines of what its other
    lines print, run here (CPython 3.11, the venv's curifactory) as `__name__` = its module name,
    with its directory first on sys.path (so its modules are found as `experiment` finds them)."""
    import contextlib
    import io
    import os

    def expected(body):
        out = io.StringIO()
        sys.path.insert(0, os.path.dirname(path))
        try:
            with contextlib.redirect_stdout(out):
                exec(compile("\n".join(body) + "\n", path, "exec"), {"__name__": os.path.basename(path)[:-3]})
        finally:
            sys.path.remove(os.path.dirname(path))
        return ["#=> " + line if line else "#=>" for line in out.getvalue().splitlines()]
    return expected


def params_hashes(project, modules):
    """`#=> NAME HASH` for every set the `get_params()` of each module returns, imported from the
    project root as curifactory's `experiment` imports them."""
    sys.path.insert(0, project)
    lines = []
    for name in modules:
        module = importlib.import_module(name)
        for args in module.get_params():
            lines.append(f"#=> {args.name} {args.args_hash()}")
    return lines


def stubbed_params_hashes(project, modules, stubs):
    """`params_hashes` of a project whose modules import heavy packages: each name of `stubs` the
    venv cannot import becomes a module whose every attribute is a MagicMock (the stand-in the
    Python side uses for what cfy imports as opaque)."""
    import types
    from unittest import mock
    import curifactory  # noqa: F401  (it needs the real numpy and pandas, installed with it)
    for name in stubs:
        try:
            importlib.import_module(name)
        except ImportError:
            module = types.ModuleType(name)
            module.__getattr__ = lambda attr, name=name: mock.MagicMock(name=f"{name}.{attr}")
            sys.modules[name] = module
    return params_hashes(project, modules)
