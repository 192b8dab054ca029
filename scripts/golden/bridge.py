#!/usr/bin/env python3
"""Writes the bridge's golden files from real curifactory (run it with each venv):

    .venv/bin/python     scripts/golden/bridge.py [--check]   # curifactory 0.13.2
    .venv-020/bin/python scripts/golden/bridge.py [--check]   # curifactory 0.20.5

Each CASE is a cfy program and its Python mirror (BASE is ExperimentArgs or ExperimentParameters).
The mirror runs under this interpreter's curifactory; its sets are stored in a params registry
the way curifactory stores them, and Tests/CfyCoreTests/Golden/bridge-VERSION.json keeps, per
case, the cfy source, every set's hash and dry dict repr, and the registry file byte for byte
(BridgeTests checks cfy against it). Under 0.20.5 the script also writes
Tests/Language/hashing/experiment_parameters.cfy from TEMPLATE (each @@KEY@@ becomes repr() of what the
mirror computes). --check exits 1 when a file is stale.
"""

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field, replace  # noqa: F401  (used by the mirrors)

import curifactory
from curifactory import hashing, set_hash_functions  # noqa: F401

NEW = not hasattr(hashing, "args_hash")
BASE_NAME = "ExperimentParameters" if NEW else "ExperimentArgs"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, "Tests", "CfyCoreTests", "Golden", f"bridge-{curifactory.__version__}.json")
SCRIPT = os.path.join(ROOT, "Tests", "Language", "hashing", "experiment_parameters.cfy")

CASES = {
    # curifactory's test_none_hashing_function_includes_val_in_str_rep
    "ignored_value": ('''
class A(BASE) {
    a: int = 0
    b: int = 5
    hash_representations = set_hash_functions(a=None)
}
args = A(a=6)
''', '''
@dataclass
class A(BASE):
    a: int = 0
    b: int = 5
    hash_representations: dict = set_hash_functions(a=None)
SETS = [A(a=6)]
'''),
    # curifactory's test_subdataclass_val_in_str_rep_correct
    "sub_dataclass": ('''
class NormalDC {
    c: int = 5
    d: int = 6
    hash_representations: dict = set_hash_functions(d=None)
}
class A(BASE) {
    a: int = 0
    b: int = 1
    others: NormalDC = NormalDC()
}
args = A(others=NormalDC(d=7))
''', '''
@dataclass
class NormalDC:
    c: int = 5
    d: int = 6
    hash_representations: dict = set_hash_functions(d=None)
@dataclass
class A(BASE):
    a: int = 0
    b: int = 1
    others: NormalDC = field(default_factory=NormalDC)
SETS = [A(others=NormalDC(d=7))]
'''),
    # curifactory's test_none_hash_subdataclass_val_in_str_rep_correct
    "ignored_sub_dataclass": ('''
class NormalDC {
    c: int = 5
    d: int = 6
    hash_representations: dict = set_hash_functions(d=None)
}
class A(BASE) {
    a: int = 0
    b: int = 1
    others: NormalDC = NormalDC()
    hash_representations = set_hash_functions(others=None)
}
args = A(others=NormalDC(d=7))
''', '''
@dataclass
class NormalDC:
    c: int = 5
    d: int = 6
    hash_representations: dict = set_hash_functions(d=None)
@dataclass
class A(BASE):
    a: int = 0
    b: int = 1
    others: NormalDC = field(default_factory=NormalDC)
    hash_representations: dict = set_hash_functions(others=None)
SETS = [A(others=NormalDC(d=7))]
'''),
    # values of every kind, custom representations of every type, an explicit hash
    "values": ('''
class Named { name: any = "inner"; x: float = 0.5 }
def relu(v) { return max(v, 0) }
class A(BASE) {
    f: float = float("inf")
    z: float = -0.0
    n: float = float("nan")
    s: str = "tab\\t 'q' \\"dq\\" é \\u200b \\U0001F600 \\x00"
    t: tuple = (1,)
    d: dict = {1: "a", 2.5: None, (1, 2): [3], "k": {"n": True}}
    fn: any = relu
    b: any = len
    cls: any = Named
    inner: Named = Named(name=7)
    gone: int = None
    custom: list = [3, 1, 2]
    hash_representations = set_hash_functions(custom=lambda self, v: sorted(v), f=lambda self, v: {"v": v, "k": [1, None]}, z=lambda self, v: 12)
}
a = A(name="first")
b = replace(a, name="second", hash="explicit-hash", custom=[9])
c = replace(a, name=None, s="")
''', '''
@dataclass
class Named:
    name: object = "inner"
    x: float = 0.5
def relu(v):
    return max(v, 0)
@dataclass
class A(BASE):
    f: float = float("inf")
    z: float = -0.0
    n: float = float("nan")
    s: str = "tab\\t 'q' \\"dq\\" é \\u200b \\U0001F600 \\x00"
    t: tuple = (1,)
    d: dict = field(default_factory=lambda: {1: "a", 2.5: None, (1, 2): [3], "k": {"n": True}})
    fn: object = relu
    b: object = len
    cls: object = Named
    inner: Named = field(default_factory=lambda: Named(name=7))
    gone: int = None
    custom: list = field(default_factory=lambda: [3, 1, 2])
    hash_representations: dict = set_hash_functions(custom=lambda self, v: sorted(v), f=lambda self, v: {"v": v, "k": [1, None]}, z=lambda self, v: 12)
a = A(name="first")
b = replace(a, name="second", hash="explicit-hash", custom=[9])
c = replace(a, name=None, s="")
SETS = [a, b, c]
'''),
}

TEMPLATE = '''\
# curifactory 0.20's ExperimentParameters in cfy: params_hash, and 0.20's dry labels (repr(a),
# a.__qualname__, get_param_set_hash_values(param_set, sub), param_set.hash_representations['g'](param_set, g)).
#
# GENERATED by scripts/golden/bridge.py under curifactory 0.20.5: every `#=>` value below was
# computed by real curifactory on the Python mirror. Edit the template there and re-run it.

class Data { path: str = "x"; f: any = len; inner: any = None }
class P(ExperimentParameters) {
    a: int = 1
    b: any = len
    sub: Data = Data(inner=Data(path="deep"))
    g: str = "G"
    gone: int = None
    hash_representations = set_hash_functions(g=lambda self, v: v.lower(), a=None)
}
class Q(P) { extra: list = [1, 2] }
p = P(name="p")
p.params_hash()
#=> @@p_hash@@
p.params_hash(dry=True)
#=> @@p_dry@@
q = Q(name="q", a=5, extra=[3])
q.params_hash()
#=> @@q_hash@@
q.params_hash(dry=True)["sub"]
#=> @@q_sub@@
p.args_hash()
#=> error: 'P' object has no attribute 'args_hash'; did you mean 'params_hash'?

# the same set on ExperimentArgs hashes the same: only the labels differ
class Old(ExperimentArgs) { a: int = 1; b: any = len; sub: Data = Data(inner=Data(path="deep")); g: str = "G"; gone: int = None; hash_representations = set_hash_functions(g=lambda self, v: v.lower(), a=None) }
Old(name="p").args_hash() == p.params_hash()
#=> True
'''

MIRROR = '''
@dataclass
class Data:
    path: str = "x"
    f: object = len
    inner: object = None
@dataclass
class P(ExperimentParameters):
    a: int = 1
    b: object = len
    sub: Data = field(default_factory=lambda: Data(inner=Data(path="deep")))
    g: str = "G"
    gone: int = None
    hash_representations: dict = set_hash_functions(g=lambda self, v: v.lower(), a=None)
@dataclass
class Q(P):
    extra: list = field(default_factory=lambda: [1, 2])
p = P(name="p")
q = Q(name="q", a=5, extra=[3])
VALUES = {
    "p_hash": p.params_hash(),
    "p_dry": p.params_hash(dry=True),
    "q_hash": q.params_hash(),
    "q_sub": q.params_hash(dry=True)["sub"],
}
'''


def hash_of(p, dry=False):
    return p.params_hash(dry=dry) if NEW else p.args_hash(dry=dry)


def run_case(python):
    ns = {"dataclass": dataclass, "field": field, "replace": replace, "set_hash_functions": set_hash_functions,
          "BASE": getattr(curifactory, BASE_NAME)}
    exec(python, ns)
    sets = ns["SETS"]
    with tempfile.TemporaryDirectory() as d:
        for p in sets:
            if NEW:
                hashing.hash_param_set(p, store_in_registry=True, registry_path=d)
            else:
                hashing.args_hash(p, store_in_registry=True, registry_path=d)
        with open(os.path.join(d, "params_registry.json"), encoding="utf-8") as f:
            registry = f.read()
    return {"hashes": [hash_of(p) for p in sets], "dry": [repr(hash_of(p, dry=True)) for p in sets],
            "registry": registry}


def golden():
    out = {}
    for name, (cfy, python) in CASES.items():
        case = run_case(python)
        case["cfy"] = cfy.replace("BASE", BASE_NAME).lstrip("\n")
        out[name] = case
    return json.dumps(out, indent=1, ensure_ascii=False) + "\n"


def script():
    ns = {"dataclass": dataclass, "field": field, "set_hash_functions": set_hash_functions,
          "ExperimentParameters": curifactory.ExperimentParameters}
    exec(MIRROR, ns)
    text = TEMPLATE
    for k, v in ns["VALUES"].items():
        text = text.replace(f"@@{k}@@", repr(v))
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a golden file is stale")
    args = ap.parse_args()
    files = [(GOLDEN, golden())] + ([(SCRIPT, script())] if NEW else [])
    stale = False
    for path, text in files:
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if args.check:
            if old != text:
                print(f"stale: {os.path.relpath(path, ROOT)}")
                stale = True
        elif old != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {os.path.relpath(path, ROOT)}")
    sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
