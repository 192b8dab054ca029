"""Mirror of examples/cookbook/from_python.cfy: the args class comes from legacy_params.py itself,
run under real curifactory."""
# cfy: hash examples/cookbook/from_python.cfy
import runpy
from dataclasses import replace

Args = runpy.run_path("examples/cookbook/legacy_params.py", run_name="legacy_params")["Args"]
base = Args(name="wide", layers=[256, 256])
for lr in [0.1, 0.01]:
    a = replace(base, name=f"wide_lr={lr}", lr=lr)
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
