"""Program generator for scripts/check-parity (the parity package).

One seeded random.Random drives everything. The program is a list of groups;
each group defines a few classes and then a few args sets, each shown with
show(x) (3 output lines). Values are built as nodes (parity.values) whose text
is valid in both languages; only class bodies, blocks and a few edits differ.
"""

import random
from collections import Counter

from .exprs import computed_value
from .prelude import CALLABLES, CFY_PRELUDE, PY_PRELUDE, USE_EXPR_HASH_FNS, pick_hash_fn
from .schema import ClassSpec, SchemaMaker, render_class
from .values import (VBool, VCall, VDict, VFloat, VInst, VInt, VList, VNone, VStr,
                           VTuple, make_float, make_int, make_str, walk_emitted)


class Ctx:
    """Where a value is written: which classes exist, and whether we are in a
    class body (no inline lambdas there: Python would name them Cls.<lambda>)."""

    def __init__(self, classes, in_body):
        self.classes, self.in_body = list(classes), in_body


class ValueMaker:
    def __init__(self, rng, tally, exprs=True):
        self.rng, self.tally, self.exprs = rng, tally, exprs
        self.schema = None  # set by ProgramGen

    # -- per type ---------------------------------------------------------
    def gen(self, t, depth, ctx):
        rng = self.rng
        if isinstance(t, ClassSpec):
            if rng.random() < 0.12 or depth > 3:
                return VNone()
            return self.inst(t, depth, ctx)
        if rng.random() < 0.07:
            return VNone()
        if self.exprs and rng.random() < 0.12:
            v = computed_value(rng, t)
            if v is not None:
                return v
        if t == "int":
            return make_int(rng)
        if t == "float":
            if rng.random() < 0.05:
                v = make_int(rng, -5, 10**6) if rng.random() < 0.8 else make_int(rng)
                v.feats += ("int_in_float_field",)
                return v
            return make_float(rng)
        if t == "str":
            return make_str(rng)
        if t == "bool":
            return VBool(rng.random() < 0.5)
        if t == "list":
            return VList([self.elem(depth + 1, ctx) for _ in range(rng.choice([0, 1, 2, 2, 3, 4]))])
        if t == "dict":
            return self.dict_value(depth, ctx)
        if t == "tuple":
            n = rng.choice([0, 1, 1, 2, 3])
            return VTuple([self.elem(depth + 1, ctx) for _ in range(n)])
        if t == "list[int]":
            return VList([make_int(rng) for _ in range(rng.randint(0, 5))], ("typed_list",))
        if t == "dict[str, float]":
            keys = self.unique_str_keys(rng.randint(0, 3))
            return VDict([(k, make_float(rng)) for k in keys], ("typed_dict",))
        assert t == "any", t
        r = rng.random()
        if r < 0.4:
            return self.callable(ctx)
        if r < 0.32 and ctx.classes and depth <= 3:
            return self.inst(rng.choice(ctx.classes), depth, ctx, feats=("in_any_field",))
        return self.elem(depth, ctx)

    def elem(self, depth, ctx):
        """A container element: never a callable (its repr would hold an address)."""
        rng = self.rng
        kinds = ["int", "float", "str", "bool", "none"]
        weights = [20, 15, 20, 6, 6]
        if depth < 4:
            kinds += ["list", "tuple", "dict", "inst"]
            weights += [8, 8, 6, 4 if ctx.classes else 0]
        k = rng.choices(kinds, weights)[0]
        if k == "none":
            return VNone()
        if k == "inst":
            for _ in range(4):
                v = self.inst(rng.choice(ctx.classes), depth + 1, ctx, feats=("in_container",))
                if not v.has_callable():
                    return v
            return VNone()
        v = self.gen(k, depth, ctx)
        if isinstance(v, (VList, VTuple, VDict)):
            v.feats += ("nested_container",)
        return v

    def unique_str_keys(self, n):
        keys, seen = [], set()
        for _ in range(n):
            k = make_str(self.rng)
            if k.s not in seen:
                seen.add(k.s)
                keys.append(k)
        return keys

    def dict_value(self, depth, ctx):
        rng = self.rng
        if rng.random() < 0.2:
            # keys that are one key in Python: 1 == True == 1.0, 0 == False == -0.0
            t = rng.choice([
                [VInt(1, "1"), VBool(True)], [VBool(True), VInt(1, "1")],
                [VInt(1, "1"), VFloat(1.0, "1.0")], [VBool(True), VFloat(1.0, "1.0"), VInt(1, "1")],
                [VInt(0, "0"), VBool(False), VFloat(-0.0, "-0.0")],
                [VStr("k", "'k'"), VStr("k", '"k"')], [VInt(1, "1"), VInt(2, "2"), VInt(1, "0x1")],
                [VStr("é", "'é'"), VStr("e\u0301", "'e\\u0301'"), VStr("é", "'\\xe9'")],
            ])
            return VDict([(k, self.elem(depth + 1, ctx)) for k in t], ("dict_collapse",))
        pairs, seen = [], set()
        for _ in range(rng.choice([0, 1, 2, 2, 3, 4])):
            k = make_str(rng) if rng.random() < 0.7 else make_int(rng)
            key = (type(k), getattr(k, "s", getattr(k, "v", None)))
            if key not in seen:
                seen.add(key)
                pairs.append((k, self.elem(depth + 1, ctx)))
        feats = ("int_keys",) if any(isinstance(k, VInt) for k, _ in pairs) else ()
        return VDict(pairs, feats)

    def callable(self, ctx):
        opts = [c for c in CALLABLES if c[2] or not ctx.in_body]
        text, label, _ = self.rng.choice(opts)
        return VCall(text, label)

    # -- instances ----------------------------------------------------------
    def inst(self, cls, depth, ctx, feats=()):
        """An instance of cls written as a constructor call (keywords, a
        positional prefix, or replace() around a constructor)."""
        rng = self.rng
        fields = cls.fields()
        vals = {f.name: f.default for f in fields}
        hrep = cls.hash_reps()
        feats = tuple(feats) + (("ea_instance_value",) if cls.is_ea else ("plain_instance",))
        given = []
        npos = 0
        if not cls.is_ea and rng.random() < 0.3:
            npos = rng.randint(1, len(fields))
            feats += ("ctor_positional",)
        for i, f in enumerate(fields):
            if i < npos or f.required or (depth < 4 and rng.random() < 0.35):
                v = self.schema.field_value(hrep, f.name, f.ftype, depth + 1, ctx)
                given.append((f.name, v))
                vals[f.name] = v
        parts = [v.text for _, v in given[:npos]]
        parts += [f"{n}={v.text}" for n, v in given[npos:]]
        if cls.is_ea and rng.random() < 0.6:
            name = self.make_name(ctx)
            parts.insert(0, f"name={name.text}")
            given.insert(0, ("name", name))
            vals["name"] = name
        text = f"{cls.name}({', '.join(parts)})"
        if not cls.is_ea and fields and rng.random() < 0.1:
            f = rng.choice(fields)
            v = self.schema.field_value(hrep, f.name, f.ftype, depth + 1, ctx)
            given.append((f.name, v))
            vals[f.name] = v
            text = f"replace({text}, {f.name}={v.text})"
            feats += ("replace_nested",)
        if depth >= 3:
            feats += ("nested_in_nested",)
        return VInst(cls, given, vals, text, feats)

    def make_name(self, ctx=None, prefix="n"):
        """Names are printed raw by show(): printable characters only."""
        rng = self.rng
        if rng.random() < 0.6:
            return make_str(rng, f"{prefix}{rng.randint(0, 999)}")
        return make_str(rng, printable_only=True)

    def fallback(self, t, fn):
        """A value of type t accepted by fn; called when random tries failed."""
        cands = {"int": [VInt(3, "3")], "float": [VFloat(0.5, "0.5"), VInt(2, "2")],
                 "str": [VStr("abc", '"abc"')], "bool": [VBool(True)],
                 "list": [VList([VInt(1, "1")])], "tuple": [VTuple([VInt(1, "1")])],
                 "dict": [VDict([(VStr("a", '"a"'), VInt(1, "1"))])],
                 "list[int]": [VList([VInt(1, "1")])],
                 "dict[str, float]": [VDict([(VStr("a", '"a"'), VFloat(0.5, "0.5"))])],
                 }
        cands["any"] = [c for k in ("int", "float", "str", "list", "dict") for c in cands[k]]
        cands = cands.get(t, [])
        for v in cands + [VNone()]:
            if fn is None or fn[1](v):
                return v
        raise AssertionError(f"no fallback value for {t} under {fn[0]}")


class SetState:
    """The generator's view of one args set variable in the program."""

    def __init__(self, var, cls, vals, base, hrep, derived):
        self.var, self.cls, self.vals, self.base = var, cls, dict(vals), dict(base)
        self.hrep, self.derived = dict(hrep), derived
        self.hrep_copied = False

    def derive(self, var):
        return SetState(var, self.cls, self.vals, self.base, self.hrep, True)


class ProgramGen:
    def __init__(self, seed, count, exprs=True):
        self.rng = random.Random(seed)
        self.count = count
        USE_EXPR_HASH_FNS[0] = exprs
        self.tally = Counter()
        self.values = ValueMaker(self.rng, self.tally, exprs)
        self.schema = SchemaMaker(self.rng, self.tally, self.values, exprs)
        self.values.schema = self.schema
        self.cfy = [CFY_PRELUDE]
        self.py = [PY_PRELUDE]
        self.sets = []    # per args set: (group index, index of its statement in the group)
        self.groups = []  # per group: (cfy source of its classes, [cfy source per statement])

    def generate(self):
        gi = 0
        while len(self.sets) < self.count:
            self.group(gi)
            gi += 1
        self.tally["groups"] = gi
        return "\n".join(self.cfy) + "\n", "\n".join(self.py) + "\n"

    # -- emission helpers ---------------------------------------------------
    def emit(self, cfy_lines, py_lines):
        self.cfy += cfy_lines
        self.py += py_lines

    def note_values(self, *values):
        for v in values:
            for node in walk_emitted(v):
                for feat in node.feats:
                    self.tally["value:" + feat] += 1

    # -- groups -------------------------------------------------------------
    def group(self, gi):
        rng = self.rng
        plains, eas = [], []
        for j in range(rng.choice([0, 0, 1, 1, 2, 2, 3])):
            plains.append(self.schema.plain_class(f"G{gi}P{j}", list(plains), Ctx(plains, True)))
        for i in range(rng.randint(1, 4)):
            parent = rng.choice(eas) if eas and rng.random() < 0.5 else None
            types = plains + (eas if rng.random() < 0.3 else [])
            eas.append(self.schema.ea_class(f"G{gi}A{i}", parent, types, Ctx(plains + eas, True)))
        cfy, py = [f"# ---- group {gi}"], [f"# ---- group {gi}"]
        for spec in plains + eas:
            c, p = render_class(spec)
            cfy += c
            py += p + [""]
        self.emit(cfy, py)
        self.groups.append(("\n".join(cfy[1:]), []))
        ctx = Ctx(plains + eas, False)
        bases = []
        for k in range(rng.randint(2, 7)):
            left = self.count - len(self.sets)
            if left <= 0:
                break
            var = f"s{gi}_{k}"
            r = rng.random()
            if not bases or r < 0.42:
                st, cfy, py = self.ctor(var, rng.choice(eas), ctx)
            elif r < 0.72:
                st, cfy, py = self.replace_set(var, rng.choice(bases), ctx)
            else:
                n = self.multi(var, rng.choice(bases), left)
                continue
            if rng.random() < 0.55:
                c2, p2 = self.edits(st, ctx)
                cfy, py = cfy + c2, py + p2
            cfy.append(f"show({var})")
            py.append(f"show({var})")
            self.emit(cfy, py)
            self.record(cfy, 1)
            bases.append(st)

    # -- single sets --------------------------------------------------------
    def ctor(self, var, cls, ctx):
        rng, t = self.rng, self.tally
        st = SetState(var, cls, {f.name: f.default for f in cls.fields()},
                      cls.base_defaults(), cls.hash_reps(), False)
        parts, shown = [], []
        positional_name = rng.random() < 0.12
        if positional_name or rng.random() < 0.93:
            name = self.values.make_name(prefix=var + "_") if rng.random() > 0.02 else VNone()
            st.base["name"] = name
            shown.append(name)
            parts.append(name.text if positional_name else f"name={name.text}")
            t["ctor_positional_name" if positional_name else "ctor_name_kw"] += 1
        kws = []
        for f in cls.fields():
            if rng.random() < 0.4:
                v = self.schema.field_value(st.hrep, f.name, f.ftype, 1, ctx)
                st.vals[f.name] = v
                kws.append(f"{f.name}={v.text}")
                shown.append(v)
        if rng.random() < 0.13:
            h = rng.choice(["abc123", "0" * 32, "deadbeef", "h\u00e9"])
            st.base["hash"] = make_str(rng, h)
            kws.append(f"hash={st.base['hash'].text}")
            t["explicit_hash"] += 1
        if rng.random() < 0.15:
            st.base["overwrite"] = VBool(rng.random() < 0.8)
            kws.append(f"overwrite={st.base['overwrite'].text}")
            t["overwrite_kw"] += 1
        if rng.random() < 0.3:
            rng.shuffle(kws)
            t["kwargs_shuffled"] += 1
        if rng.random() < 0.04:
            items = []
            for f in rng.sample(cls.fields(), min(2, len(cls.fields()))):
                fn = None if rng.random() < 0.4 else pick_hash_fn(rng, st.vals[f.name], True)
                items.append((f.name, fn))
            st.hrep = dict(items)
            kws.append("hash_representations={" + ", ".join(
                f'"{k}": {"None" if fn is None else fn[0]}' for k, fn in items) + "}")
            t["hrep_ctor_kw"] += 1
        self.note_values(*shown)
        t["ctor"] += 1
        text = f"{var} = {cls.name}({', '.join(parts + kws)})"
        return st, [text], [text]

    def replace_set(self, var, base, ctx):
        rng, t = self.rng, self.tally
        st = base.derive(var)
        kws, shown = [], []
        if rng.random() < 0.9:
            st.base["name"] = self.values.make_name(prefix=var + "_")
            kws.append(f"name={st.base['name'].text}")
            shown.append(st.base["name"])
        fields = st.cls.fields()
        for f in rng.sample(fields, min(len(fields), rng.choice([0, 1, 1, 2, 3]))):
            v = self.schema.field_value(st.hrep, f.name, f.ftype, 1, ctx)
            st.vals[f.name] = v
            kws.append(f"{f.name}={v.text}")
            shown.append(v)
        if rng.random() < 0.08:
            st.base["overwrite"] = VBool(True)
            kws.append("overwrite=True")
            t["overwrite_kw"] += 1
        if rng.random() < 0.05:
            st.base["hash"] = VStr("abc123", '"abc123"')
            kws.append('hash="abc123"')
            t["explicit_hash"] += 1
        self.note_values(*shown)
        t["replace"] += 1
        text = f"{var} = replace({base.var}{''.join(', ' + k for k in kws)})"
        return st, [text], [text]

    # -- edits after construction --------------------------------------------
    def edits(self, st, ctx):
        from .edits import make_edit
        cfy, py = [], []
        for _ in range(self.rng.choice([1, 1, 2, 3])):
            got = make_edit(self, st, ctx)
            if got:
                cfy += got[0]
                py += got[1]
        return cfy, py

    # -- several sets from one statement ---------------------------------------
    def multi(self, var, base, left):
        from .edits import multi_set
        cfy, py, n = multi_set(self, var, base, left)
        self.emit(cfy, py)
        self.record(cfy, n)
        return n

    def record(self, cfy_lines, n):
        """Note the cfy source of a statement that made n args sets."""
        gi = len(self.groups) - 1
        stmts = self.groups[gi][1]
        stmts.append("\n".join(cfy_lines))
        self.sets += [(gi, len(stmts) - 1)] * n

