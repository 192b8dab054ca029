"""Random schemas for the parity generator: plain dataclasses and
ExperimentArgs subclasses, their fields, defaults and hash_representations,
rendered as cfy and as Python class definitions."""

from .prelude import HASH_FNS, pick_hash_fn
from .values import VBool, VList, VDict, VInst, VNone, VStr, walk_emitted

FIELD_NAMES = ["seed", "lr", "model", "layers", "gpus", "data", "extra", "alpha", "beta",
               "gamma", "depth", "width", "path", "test_size", "epochs", "batch", "momentum",
               "tag", "opts", "cfg", "mode", "scale", "bias", "ratio", "notes", "flags",
               "weights", "label", "sub", "inner", "cb", "fn", "act", "k", "n_items", "x1",
               "y_2", "_priv", "dropout", "optimizer", "loss", "metric", "schedule", "warmup"]
BLACKLIST = ["name", "hash", "overwrite", "hash_representations"]
SIMPLE_TYPES = ["int", "float", "str", "bool", "list", "dict", "tuple", "any",
                "list[int]", "dict[str, float]"]
TYPE_WEIGHTS = [14, 12, 12, 6, 9, 7, 6, 12, 5, 5]


class FieldSpec:
    def __init__(self, name, ftype, default, required=False):
        self.name, self.ftype, self.default, self.required = name, ftype, default, required

    def type_text(self, py):
        t = self.ftype
        if isinstance(t, ClassSpec):
            return t.name
        return "Any" if (py and t == "any") else t


class ClassSpec:
    """One generated class. For an ExperimentArgs subclass, `base` holds the
    defaults of name/hash/overwrite; `hrep` the declared hash functions as a
    list of (key, fn) where fn is None or (text, predicate, label)."""

    def __init__(self, name, is_ea, parent=None):
        self.name, self.is_ea, self.parent = name, is_ea, parent
        self.own = []          # new FieldSpecs
        self.resets = {}       # inherited field name -> new default V
        self.hrep = None       # None: inherit; else list of (key, fn)
        self.hrep_dict_arg = 0  # how many leading hrep entries go in a positional dict
        self.post_init = None  # the f-string text __post_init__ assigns to self.derived

    def fields(self):
        """Data fields in dataclass order (inherited first), defaults applied."""
        out = [FieldSpec(f.name, f.ftype, f.default, f.required) for f in
               (self.parent.fields() if self.parent else [])]
        for f in out:
            if f.name in self.resets:
                f.default = self.resets[f.name]
        return out + list(self.own)

    def field(self, name):
        return next(f for f in self.fields() if f.name == name)

    def base_defaults(self):
        d = self.parent.base_defaults() if self.parent else {
            "name": VStr("UNNAMED", "'UNNAMED'"), "hash": VNone(), "overwrite": VBool(False)}
        d = dict(d)
        for k in ("name", "hash", "overwrite"):
            if k in self.resets:
                d[k] = self.resets[k]
        return d

    def hash_reps(self):
        """Effective class-level hash_representations: key -> fn or None."""
        if self.hrep is not None:
            return dict(self.hrep)
        return self.parent.hash_reps() if self.parent else {}

    def ancestors(self):
        c, out = self, []
        while c:
            out.append(c)
            c = c.parent
        return out


def needs_factory(v):
    return isinstance(v, (VList, VDict, VInst))


def hrep_call(spec):
    items = spec.hrep
    n = spec.hrep_dict_arg
    parts = []
    if n:
        parts.append("{" + ", ".join(f'"{k}": {fn_text(fn)}' for k, fn in items[:n]) + "}")
    parts += [f"{k}={fn_text(fn)}" for k, fn in items[n:]]
    return "set_hash_functions(" + ", ".join(parts) + ")"


def fn_text(fn):
    return "None" if fn is None else fn[0]


def render_class(spec):
    """(cfy lines, python lines) for a class definition."""
    head = spec.name
    if spec.is_ea:
        head += "(" + (spec.parent.name if spec.parent else "ExperimentArgs") + ")"
    cfy, py = [], ["@dataclass", f"class {head}:"]
    body = []  # (cfy line, python line)
    types = {"name": "str", "hash": "str", "overwrite": "bool"}
    for name, v in spec.resets.items():
        t = types.get(name) or spec.parent.field(name).type_text(True)
        pv = f"field(default_factory=lambda: {v.text})" if needs_factory(v) else v.text
        body.append((f"{name} = {v.text}", f"{name}: {t} = {pv}"))
    for f in spec.own:
        if f.required:
            body.append((f"{f.name}: {f.type_text(False)}", f"{f.name}: {f.type_text(True)}"))
            continue
        v = f.default
        pv = f"field(default_factory=lambda: {v.text})" if needs_factory(v) else v.text
        body.append((f"{f.name}: {f.type_text(False)} = {v.text}",
                     f"{f.name}: {f.type_text(True)} = {pv}"))
    if spec.hrep is not None:
        call = hrep_call(spec)
        c = f"hash_representations = {call}" if spec.is_ea else \
            f"hash_representations: dict = {call}"
        body.append((c, f"hash_representations: dict = {call}"))
    if spec.post_init is not None:
        body.append((f"def __post_init__(self) {{ self.derived = {spec.post_init} }}",
                     f"def __post_init__(self):\n        self.derived = {spec.post_init}"))
    if len(body) <= 2 and all(len(c) < 40 for c, _ in body):
        cfy.append(f"class {head} {{ " + "; ".join(c for c, _ in body) + (" }" if body else "}"))
    else:
        cfy.append(f"class {head} {{")
        cfy += ["    " + c for c, _ in body]
        cfy.append("}")
    py += ["    " + p for _, p in body] or ["    pass"]
    return cfy, py


class SchemaMaker:
    """Builds the classes of one group. `values` is the ValueMaker that
    generates field values (it needs the classes, the classes need it)."""

    def __init__(self, rng, tally, values, exprs=True):
        self.rng, self.tally, self.values, self.exprs = rng, tally, values, exprs

    def pick_type(self, available):
        rng = self.rng
        if available and rng.random() < 0.16:
            return rng.choice(available)
        return rng.choices(SIMPLE_TYPES, TYPE_WEIGHTS)[0]

    def field_value(self, cls_hrep, fname, ftype, depth, ctx):
        """A value for field `fname` that the class's hash function accepts."""
        fn = cls_hrep.get(fname)
        for _ in range(30):
            v = self.values.gen(ftype, depth, ctx)
            if fn is None or fn[1](v):
                return v
        return self.values.fallback(ftype, fn)

    def plain_class(self, name, earlier, ctx):
        rng = self.rng
        spec = ClassSpec(name, False)
        names = rng.sample(FIELD_NAMES, rng.randint(1, 5))
        if rng.random() < 0.12:
            names[rng.randrange(len(names))] = "name"  # blacklisted at every level
            self.tally["plain_field_named_name"] += 1
        n_req = rng.choice([0, 0, 0, 1, 2]) if len(names) > 1 else 0
        for i, fname in enumerate(names):
            if i < n_req:
                t = "str" if fname == "name" else rng.choice(["int", "str", "float", "bool"])
                spec.own.append(FieldSpec(fname, t, self.values.gen(t, 1, ctx), True))
                self.tally["required_field"] += 1
                continue
            t = "str" if fname == "name" else self.pick_type(earlier)
            spec.own.append(FieldSpec(fname, t, self.default_for(t, {}, fname, ctx)))
        if rng.random() < 0.18:
            spec.hrep = self.choose_hrep(spec, rng.randint(1, 2), extra_keys=False)
            self.tally["plain_class_hash_representations"] += 1
        self.note_class(spec)
        return spec

    def ea_class(self, name, parent, earlier, ctx):
        rng = self.rng
        spec = ClassSpec(name, True, parent)
        inherited = parent.fields() if parent else []
        taken = {f.name for f in inherited}
        n_new = rng.randint(1, 10) if parent is None else rng.randint(0, 4)
        names = [n for n in rng.sample(FIELD_NAMES, min(len(FIELD_NAMES), n_new + 6))
                 if n not in taken][:n_new]
        declare = rng.random() < (0.5 if parent is None else 0.4)
        parent_hrep = parent.hash_reps() if parent else {}
        if parent:
            self.tally["class_inherits"] += 1
            if inherited and rng.random() < 0.6:
                for f in rng.sample(inherited, min(len(inherited), rng.randint(1, 2))):
                    spec.resets[f.name] = self.default_for(
                        f.ftype, {} if declare else parent_hrep, f.name, ctx)
                    self.tally["reset_inherited_default"] += 1
            if rng.random() < 0.25:
                spec.resets["name"] = self.values.make_name(ctx)
                self.tally["reset_name_default"] += 1
            if rng.random() < 0.05:
                spec.resets["overwrite"] = VBool(True)
                self.tally["reset_overwrite_default"] += 1
        elif rng.random() < 0.08:
            spec.resets["name"] = self.values.make_name(ctx)
            self.tally["reset_name_default"] += 1
        if rng.random() < 0.03:
            spec.resets["hash"] = VStr("0ddba11", '"0ddba11"')
            self.tally["reset_hash_default"] += 1
        for fname in names:
            t = self.pick_type(earlier)
            spec.own.append(FieldSpec(fname, t, self.default_for(
                t, {} if declare else parent_hrep, fname, ctx)))
        if declare:
            spec.hrep = self.choose_hrep(spec, rng.randint(1, 4), extra_keys=True)
            self.tally["class_hash_representations"] += 1
        if self.exprs and rng.random() < 0.15:
            self.add_post_init(spec)
        self.note_class(spec)
        return spec

    def add_post_init(self, spec):
        """A __post_init__ that derives the str field `derived` from up to two simple fields
        through format specs, printf and string methods (added after the hash functions were
        chosen, so no hash function is ever declared for it)."""
        rng = self.rng
        if all(f.name != "derived" for f in spec.fields()):
            spec.own.append(FieldSpec("derived", "str", VStr("", '""')))
        simple = [f.name for f in spec.fields() if f.ftype in ("int", "float", "str", "bool")
                  and f.name != "derived"]
        parts = []
        for name in rng.sample(simple, min(2, len(simple))):
            parts.append(rng.choice([
                f"{{self.{name}!r:>9}}", f"{{str(self.{name}).title()}}", f"{{len(str(self.{name}))}}",
                f"{{'%5.5s' % str(self.{name})}}", f"{{str(self.{name}).casefold()!a}}",
                f"{{repr(self.{name}):^{rng.randint(3, 12)}}}"]))
        parts.append(f"{{self.name!s:.{rng.randint(1, 6)}}}")
        spec.post_init = 'f"' + "|".join(parts) + '"'
        self.tally["post_init"] += 1

    def default_for(self, t, hrep, fname, ctx):
        fn = hrep.get(fname)
        if self.rng.random() < 0.12 and (fn is None or fn[1](VNone())):
            self.tally["default_none"] += 1
            return VNone()
        return self.field_value(hrep, fname, t, 1, ctx)

    def choose_hrep(self, spec, n, extra_keys):
        rng = self.rng
        fields = spec.fields()
        items = []
        for f in rng.sample(fields, min(n, len(fields))):
            if f.name in BLACKLIST:
                fn = (self.pick_any_fn() if rng.random() < 0.7 else None)
            elif rng.random() < 0.35:
                fn = None
            else:
                fn = pick_hash_fn(rng, f.default if f.default is not None else VNone(), spec.is_ea)
            items.append((f.name, fn))
            self.tally["hrep_class_none" if fn is None else "hrep_class_fn"] += 1
            if fn is not None:
                self.tally["hrep_fn:" + fn[2]] += 1
                if isinstance(f.default, VNone):
                    self.tally["hrep_fn_default_none"] += 1
        if extra_keys and rng.random() < 0.18:
            items.append((rng.choice(["name", "hash", "overwrite", "hash_representations"]),
                          self.pick_any_fn() if rng.random() < 0.6 else None))
            self.tally["hrep_blacklisted_key"] += 1
        if extra_keys and rng.random() < 0.04:
            items.append(("not_a_field", None))
            self.tally["hrep_unknown_key"] += 1
        if len(items) >= 2 and rng.random() < 0.2:
            spec.hrep_dict_arg = rng.randint(1, len(items) - 1)
            self.tally["hrep_positional_dict"] += 1
        return items

    def pick_any_fn(self):
        text, pred, _, label = self.rng.choice(HASH_FNS[:15])
        return (text, pred, label)

    def note_class(self, spec):
        self.tally["class_ea" if spec.is_ea else "class_plain"] += 1
        for f in spec.own:
            t = f.ftype
            self.tally["field_type:" + ("class" if isinstance(t, ClassSpec) else t)] += 1
            if isinstance(t, ClassSpec):
                self.tally["field_type:ea_class" if t.is_ea else "field_type:plain_class"] += 1
        for v in [f.default for f in spec.own if not f.required] + list(spec.resets.values()):
            for node in walk_emitted(v):
                for feat in node.feats:
                    self.tally["value:" + feat] += 1
