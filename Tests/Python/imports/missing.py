# A module no file provides imports as opaque (Tests/Python/opaque/), unless it looks like a
# mistyped local module: one edit from a file or directory here (`experiments`). Then it is an
# ImportError naming where cfy looked.
import experiment.knn
#=> error: 4:1: no module named 'experiment.knn' (looked for experiment/knn.py or experiment/knn/__init__.py in Tests/Python/imports, .)
#=>     import experiment.knn
#=>     ^
