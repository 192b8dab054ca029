# An unknown module is an ImportError naming where cfy looked.
import numpy
#=> error: 2:1: no module named 'numpy' (looked for numpy.py or numpy/__init__.py in Tests/Python/imports, .)
#=>     import numpy
#=>     ^
