# Modules are found from the main file's directory: packages with __init__.py, dotted names,
# `from . import x` and `from .mod import y` inside a package, `import a.b` binding `a`.
import experiments.knn
from experiments import common
from experiments.knn import Params

p = Params(name="p")
print(p.k, p.weights, common.DEFAULT_K, experiments.LOADED, experiments.knn.Params is Params)
#=> 5 ['uniform'] 5 ['experiments'] True
