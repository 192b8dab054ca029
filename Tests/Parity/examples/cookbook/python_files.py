"""The .py recipe files run as they are under real curifactory: `cfy hash FILE.py` must list what
their get_params() gives."""
# cfy: hash examples/cookbook/legacy_params.py
# cfy: hash examples/cookbook/sweep.py
import runpy

for path in ["examples/cookbook/legacy_params.py", "examples/cookbook/sweep.py"]:
    for a in runpy.run_path(path, run_name="params")["get_params"]():
        print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
