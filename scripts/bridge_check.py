#!/usr/bin/env python3
"""The Python half of scripts/check-bridge: runs a module written by `cfy export --python`
under real curifactory (0.13.2 or 0.20.5, whichever this interpreter has).

    bridge_check.py hashes MODULE              NAME<TAB>HASH<TAB>OVERWRITE and the dry dict, per set
    bridge_check.py registry MODULE DIR        store every set in DIR/params_registry.json
    bridge_check.py loadreg DIR MODULE         json.load DIR's registry, print its hashes, then
                                               store MODULE's sets into it with curifactory
    bridge_check.py experiment MODULE WORKDIR PREFIX NAMES
                                               run two cached stages for the named sets in WORKDIR
                                               (data/cache, data/runs), print each set's artifacts
"""

import importlib.util
import json
import os
import sys

import curifactory
from curifactory import hashing

NEW = not hasattr(hashing, "args_hash")  # 0.15+: ExperimentParameters, params_hash


def load(path):
    spec = importlib.util.spec_from_file_location("exported", os.path.abspath(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules["exported"] = module
    spec.loader.exec_module(module)
    return module


def hash_of(p, dry=False):
    return p.params_hash(dry=dry) if NEW else p.args_hash(dry=dry)


def store(p, directory):
    if NEW:
        hashing.hash_param_set(p, store_in_registry=True, registry_path=directory)
    else:
        hashing.args_hash(p, store_in_registry=True, registry_path=directory)


def shown(s):
    """A name as cfy's text output shows it (docs/cli.md, "Text output"): repr's escapes, no quotes."""
    return "".join(c if c.isprintable() and c != "\\" else repr(c)[1:-1] for c in str(s))


def cmd_hashes(module):
    for p in load(module).get_params():
        print(f"{shown(p.name)}\t{shown(hash_of(p))}\t{p.overwrite}")
        for k, v in hash_of(p, dry=True).items():
            print(f"  {k}: {v!r}")


def cmd_registry(module, directory):
    for p in load(module).get_params():
        store(p, directory)


def cmd_loadreg(directory, module):
    with open(os.path.join(directory, "params_registry.json")) as f:
        registry = json.load(f)
    for h, entry in registry.items():
        assert isinstance(entry, dict), h
        print(h)
    for p in load(module).get_params():
        store(p, directory)


def cmd_experiment(module, workdir, prefix, names):
    sets = load(module).get_params()
    os.chdir(workdir)
    from curifactory.caching import JsonCacher, PickleCacher

    @curifactory.stage(inputs=None, outputs=["data"], cachers=[PickleCacher])
    def load_data(record):
        return [1, 2, 3]

    @curifactory.stage(inputs=["data"], outputs=["model", "scores"], cachers=[PickleCacher, JsonCacher])
    def train_model(record, data):
        return {"w": len(data)}, {"acc": 0.5}

    wanted = names.split(",")
    manager = curifactory.ArtifactManager(prefix, cache_path="data/cache", manager_cache_path="data/runs",
                                          suppress_live_log=True)
    for p in sets:
        if p.name in wanted:
            record = curifactory.Record(manager, p)
            train_model(load_data(record))
    # what curifactory left in the cache, per set: the artifact files (not their metadata)
    for p in sets:
        h = hash_of(p)
        start = f"{prefix}_{h}_"
        found = sorted(f for f in os.listdir("data/cache") if f.startswith(start) and not f.endswith("_metadata.json"))
        print(f"{p.name}\t{h}\t{','.join(found)}")


if __name__ == "__main__":
    commands = {"hashes": cmd_hashes, "registry": cmd_registry, "loadreg": cmd_loadreg, "experiment": cmd_experiment}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    commands[sys.argv[1]](*sys.argv[2:])
