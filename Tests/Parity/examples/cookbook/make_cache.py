"""Writes examples/cookbook/data/: what curifactory 0.13.2 leaves in its default `data` folder when
the experiment `knn` runs the first two sets of examples/cookbook/status.cfy (two stages, JSON
cachers): the artifacts and their metadata in data/cache/, the params registry
data/params_registry.json. Run with the venv's python from the repository root; `--check` compares
the artifact names and the registry with what curifactory makes (the metadata holds times).
"""
import os, shutil, sys, tempfile
from dataclasses import dataclass, replace
import curifactory as cf
from curifactory import ExperimentArgs
from curifactory.caching import JsonCacher


@dataclass
class Args(ExperimentArgs):
    lr: float = 0.01
    seed: int = 0


@cf.stage(inputs=None, outputs=["data"], cachers=[JsonCacher])
def load_data(record):
    return list(range(10))


@cf.stage(inputs=["data"], outputs=["scores"], cachers=[JsonCacher])
def train(record, data):
    return {"acc": round(1 - record.args.lr * len(data), 3), "seed": record.args.seed}


def main():
    check = "--check" in sys.argv[1:]
    fixture = os.path.join("examples", "cookbook", "data")
    base = Args(name="knn")
    sets = [replace(base, name=f"knn_seed={s}", seed=s) for s in range(3)]
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "data")
        cache = os.path.join(data, "cache")
        os.makedirs(cache)
        manager = cf.ArtifactManager(
            "knn", cache_path=cache, manager_cache_path=data, runs_path=os.path.join(tmp, "runs"),
            logs_path=os.path.join(tmp, "logs"), reports_path=os.path.join(tmp, "reports"),
            suppress_live_log=True)
        for args in sets[:2]:
            train(load_data(cf.Record(manager, args)))
        registry = os.path.join(data, "params_registry.json")
        made = sorted(os.listdir(cache))
        if check:
            have = sorted(os.listdir(os.path.join(fixture, "cache")))
            same_registry = open(registry).read() == open(os.path.join(fixture, "params_registry.json")).read()
            if have != made or not same_registry:
                print(f"examples/cookbook/data differs from what curifactory makes:\n  have {have}\n  made {made}"
                      f"\n  the same params_registry.json: {same_registry}")
                sys.exit(1)
            print(f"examples/cookbook/data: the {len(made)} cache files and the registry curifactory makes")
            return
        shutil.rmtree(fixture, ignore_errors=True)
        os.makedirs(fixture)
        shutil.copytree(cache, os.path.join(fixture, "cache"))
        shutil.copy(registry, fixture)
        print(f"wrote {fixture}: {len(made)} cache files and params_registry.json")


main()
