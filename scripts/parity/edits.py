"""Edits after construction, and statements that make several args sets at once
(for loops, list comprehensions, a helper def, grid()).

cfy has value semantics; Python shares objects between an args set and a
replace() of it. So for a set made by replace(), the Python side rebinds a copy
before changing anything in place (`x.layers = list(x.layers)`, nested fields
via copy.copy() per level), which gives the values cfy computes.
"""

from .prelude import pick_hash_fn
from .schema import BLACKLIST
from .values import (VBool, VDict, VFloat, VInst, VInt, VList, VNone, VStr,
                           make_float, make_int, make_str)


def _ok(fn, v):
    return fn is None or fn[1](v)


def make_edit(g, st, ctx):
    """One random edit of st, as (cfy lines, python lines), or None."""
    rng = g.rng
    kind = rng.choices(["attr", "base", "aug", "nested", "hrep", "item"],
                       [20, 8, 12, 20, 30, 13])[0]
    return {"attr": edit_attr, "base": edit_base, "aug": edit_aug, "nested": edit_nested,
            "hrep": edit_hrep, "item": edit_item}[kind](g, st, ctx)


def edit_attr(g, st, ctx):
    f = g.rng.choice(st.cls.fields())
    v = g.schema.field_value(st.hrep, f.name, f.ftype, 1, ctx)
    st.vals[f.name] = v
    g.note_values(v)
    g.tally["edit_attr"] += 1
    line = f"{st.var}.{f.name} = {v.text}"
    return [line], [line]


def edit_base(g, st, ctx):
    rng = g.rng
    k = rng.choice(["name", "name", "overwrite", "hash"])
    if k == "name":
        v = g.values.make_name(prefix=st.var + "_e")
    elif k == "overwrite":
        v = VBool(rng.random() < 0.7)
    else:
        v = VStr("abc123", '"abc123"') if rng.random() < 0.6 else VNone()
    st.base[k] = v
    g.tally["edit_" + k] += 1
    line = f"{st.var}.{k} = {v.text}"
    return [line], [line]


def edit_aug(g, st, ctx):
    rng = g.rng
    cands = [f for f in st.cls.fields() if isinstance(st.vals[f.name], (VInt, VStr, VList, VFloat))
             and f.ftype in ("int", "float", "str", "list", "list[int]", "any")]
    if not cands:
        return None
    f = rng.choice(cands)
    old = st.vals[f.name]
    var = f"{st.var}.{f.name}"
    if isinstance(old, VInt):
        if abs(old.v) > 2**60:
            return None
        new, rhs = VInt(old.v + 3, str(old.v + 3)), "3"
    elif isinstance(old, VFloat):
        new, rhs = VFloat(old.v + 0.5, repr(old.v + 0.5)), "0.5"
    elif isinstance(old, VStr):
        new, rhs = VStr(old.s + "_x", ""), '"_x"'
    else:
        new, rhs = VList(old.items + [VInt(1, "1")]), "[1]"
    if not _ok(st.hrep.get(f.name), new):
        return None
    st.vals[f.name] = new
    g.tally["edit_augassign"] += 1
    cfy = f"{var} += {rhs}"
    if isinstance(old, VList) and st.derived:
        return [cfy], [f"{var} = {var} + {rhs}"]  # += would change the shared list
    return [cfy], [cfy]


def edit_nested(g, st, ctx):
    """x.f.g = v (and x.f.g.h = v): a field of a nested dataclass instance."""
    rng = g.rng
    cands = [n for n, v in st.vals.items() if isinstance(v, VInst)]
    if not cands:
        return None
    path = [rng.choice(cands)]
    insts = [st.vals[path[0]]]
    deeper = [n for n, v in insts[0].vals.items()
              if isinstance(v, VInst) and n in {f.name for f in insts[0].cls.fields()}]
    if deeper and rng.random() < 0.6:
        path.append(rng.choice(deeper))
        insts.append(insts[0].vals[path[1]])
    last = insts[-1]
    target = rng.choice(last.cls.fields())
    newv = g.schema.field_value(last.cls.hash_reps(), target.name, target.ftype, 2, ctx)
    # rebuild the chain bottom-up, checking each level's hash function
    new = newv
    names = path[1:] + [target.name]
    for inst, name in reversed(list(zip(insts, names))):
        vals = dict(inst.vals)
        vals[name] = new
        if not _ok(inst.cls.hash_reps().get(name), new):
            return None
        new = VInst(inst.cls, inst.given, vals, inst.text)
    if not _ok(st.hrep.get(path[0]), new):
        return None
    st.vals[path[0]] = new
    g.note_values(newv)
    g.tally["edit_nested_attr" if len(path) == 1 else "edit_nested_attr_2"] += 1
    full = ".".join([st.var] + path + [target.name])
    cfy = f"{full} = {newv.text}"
    if not st.derived:
        return [cfy], [cfy]
    # Python: x.f = copy.copy(x.f); x.f.g = copy.copy(x.f.g); x.f.g.h = v (a shallow copy per
    # level, as cfy's value semantics give; copy, unlike replace(), does not run __post_init__)
    py = []
    for depth in range(1, len(path) + 1):
        obj = ".".join([st.var] + path[:depth])
        py.append(f"{obj} = copy.copy({obj})")
    return [cfy], py + [cfy]


def edit_hrep(g, st, ctx):
    """x.hash_representations[KEY] = None | fn: per instance, as in Python."""
    rng, t = g.rng, g.tally
    fields = st.cls.fields()
    if rng.random() < 0.12:
        key, fn = rng.choice(BLACKLIST[:3]), (None if rng.random() < 0.5 else g.schema.pick_any_fn())
        t["hrep_inst_blacklisted_key"] += 1
    else:
        nones = [f for f in fields if isinstance(st.vals[f.name], VNone)]
        f = rng.choice(nones) if nones and rng.random() < 0.35 else rng.choice(fields)
        key = f.name
        fn = None if rng.random() < 0.3 else pick_hash_fn(rng, st.vals[key], True)
        t["hrep_inst_none" if fn is None else "hrep_inst_fn"] += 1
        if fn is not None:
            t["hrep_fn:" + fn[2]] += 1
            if isinstance(st.vals[key], VNone):
                t["hrep_fn_on_none_value"] += 1
    st.hrep[key] = fn
    line = f'{st.var}.hash_representations["{key}"] = {"None" if fn is None else fn[0]}'
    py = [line]
    if st.derived and not st.hrep_copied:
        # Python's replace() shares the dict with the base set
        py.insert(0, f"{st.var}.hash_representations = dict({st.var}.hash_representations)")
        st.hrep_copied = True
    return [line], py


def edit_item(g, st, ctx):
    """x.f[i] = v on a list field, x.f[k] = v on a dict field."""
    rng = g.rng
    cands = [f for f in st.cls.fields()
             if (isinstance(st.vals[f.name], VList) and st.vals[f.name].items
                 and f.ftype in ("list", "list[int]"))
             or (isinstance(st.vals[f.name], VDict) and f.ftype in ("dict", "dict[str, float]"))]
    if not cands:
        return None
    f = rng.choice(cands)
    old = st.vals[f.name]
    var = f"{st.var}.{f.name}"
    if isinstance(old, VList):
        i = rng.randrange(len(old.items))
        idx = str(i) if rng.random() < 0.7 else str(i - len(old.items))
        v = make_int(rng) if f.ftype == "list[int]" else g.values.elem(2, ctx)
        items = list(old.items)
        items[i] = v
        new, copy = VList(items), "list"
    else:
        keys = [k for k, _ in old.pairs if isinstance(k, VStr)]
        k = rng.choice(keys) if keys and rng.random() < 0.5 else make_str(rng)
        idx = k.text
        v = make_float(rng) if f.ftype == "dict[str, float]" else g.values.elem(2, ctx)
        new, copy = VDict(old.pairs + [(k, v)]), "dict"
    if not _ok(st.hrep.get(f.name), new):
        return None
    st.vals[f.name] = new
    g.note_values(v)
    g.tally["edit_item_" + copy] += 1
    line = f"{var}[{idx}] = {v.text}"
    if st.derived:
        return [line], [f"{var} = {copy}({var})", line]
    return [line], [line]


# ---------------------------------------------------------------------------
# statements that make several sets


def _int_field(st):
    """An int field that accepts the small ints 0..3 under the set's hash fns."""
    fs = [f for f in st.cls.fields() if f.ftype == "int"
          and all(_ok(st.hrep.get(f.name), VInt(i, str(i))) for i in range(4))]
    return fs[0].name if fs else None


def multi_set(g, var, base, left):
    """(cfy lines, python lines, number of sets) for one multi-set statement."""
    rng, t = g.rng, g.tally
    kind = rng.choices(["loop", "listcomp", "helper", "grid"], [30, 25, 20, 25])[0]
    n = min(left, rng.randint(2, 3))
    b = base.var
    field = _int_field(base)
    extra = f", {field}=i" if field and rng.random() < 0.7 else ""
    if kind == "grid":
        got = grid_axes(g, base, left)
        if got:
            axes, n = got
            t["grid"] += 1
            t["grid_sets"] += n
            head = f"for v in grid({b}, {axes})"
            return [head + " {", "    show(v)", "}"], [head + ":", "    show(v)"], n
        kind = "helper"
    t[kind] += 1
    t[kind + "_sets"] += n
    if kind == "loop":
        head = f"for i in range({n})"
        body = f'v = replace({b}, name=f"{{{b}.name}}_{{i}}"{extra})'
        return ([head + " {", "    " + body, "    show(v)", "}"],
                [head + ":", "    " + body, "    show(v)"], n)
    if kind == "listcomp":
        comp = f'vs = [replace({b}, name=f"{{{b}.name}}_s{{i}}"{extra}) for i in range({n})]'
        return ([comp, "for v in vs { show(v) }"], [comp, "for v in vs:", "    show(v)"], n)
    head = f"for v in variants({b}, {n})"
    return [head + " {", "    show(v)", "}"], [head + ":", "    show(v)"], n


def grid_axes(g, st, left):
    """Text of grid() keyword axes over simple fields, and the product size."""
    rng = g.rng
    cands = [f for f in st.cls.fields() if f.ftype in ("int", "float", "str", "bool")]
    if not cands or left < 2:
        return None
    axes, size = [], 1
    for f in rng.sample(cands, min(len(cands), rng.randint(1, 2))):
        fn = st.hrep.get(f.name)
        if f.ftype == "int" and rng.random() < 0.4:
            vals, text = [VInt(i, str(i)) for i in range(2)], "range(2)"
        else:
            vals = []
            for _ in range(rng.randint(1, 3)):
                if f.ftype == "int":
                    v = make_int(rng)
                elif f.ftype == "float":
                    v = make_float(rng)
                elif f.ftype == "str":
                    v = make_str(rng, printable_only=True)
                else:
                    v = VBool(rng.random() < 0.5)
                vals.append(v)
            text = "[" + ", ".join(v.text for v in vals) + "]"
        if not all(_ok(fn, v) for v in vals) or size * len(vals) > left:
            continue
        g.note_values(*vals)
        axes.append(f"{f.name}={text}")
        size *= len(vals)
    if not axes or size < 1:
        return None
    return ", ".join(axes), size
