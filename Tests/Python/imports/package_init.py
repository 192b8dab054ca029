# A package's __init__.py importing its own modules (absolute and relative): one module each,
# the hashes curifactory gives (the block is CPython's output: scripts/golden/python_stdlib.py).
import models
from models import DEFAULT, knn
from models.knn import KnnParams

print(models.KnnParams is KnnParams, knn.KnnParams is KnnParams, models.base.BaseParams is models.BaseParams)
for p in [DEFAULT, KnnParams(name="k3", k=3, seed=2)]:
    print(p.name, p.args_hash())
#=> True True True
#=> default 10fb38d0541189dfcdf9f3401abb3f244
#=> k3 1ea5a2eb985b1780add85fb721dfe35f3
