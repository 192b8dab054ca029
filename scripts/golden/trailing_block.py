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
