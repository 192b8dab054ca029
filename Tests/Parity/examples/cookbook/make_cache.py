"""Writes examples/cookbook/cache/: what curifactory 0.13.2 caches when the experiment `knn` runs
the first two sets of examples/cookbook/status.cfy (two stages, JSON cachers). Run with the venv's
python from the repository root; `--check` only compares the artifact names with the fixture's.
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
    fixture = os.path.join("examples", "cookbook", "cache")
    base = Args(name="knn")
    sets = [replace(base, name=f"knn_seed={s}", seed=s) for s in range(3)]
    with tempfile.TemporaryDirectory() as tmp:
        cache = os.path.join(tmp, "cache")
        os.makedirs(cache)
        manager = cf.ArtifactManager(
            "knn", cache_path=cache, manager_cache_path=tmp, runs_path=os.path.join(tmp, "runs"),
            logs_path=os.path.join(tmp, "logs"), reports_path=os.path.join(tmp, "reports"),
            suppress_live_log=True)
        for args in sets[:2]:
            train(load_data(cf.Record(manager, args)))
        made = sorted(os.listdir(cache))
        if check:
            have = sorted(os.listdir(fixture))
            if have != made:
                print(f"examples/cookbook/cache differs from curifactory's cache:\n  have {have}\n  made {made}")
                sys.exit(1)
            print(f"examples/cookbook/cache: the {len(made)} files curifactory makes")
            return
        shutil.rmtree(fixture, ignore_errors=True)
        shutil.copytree(cache, fixture)
        print(f"wrote {fixture}: {len(made)} files")


main()
