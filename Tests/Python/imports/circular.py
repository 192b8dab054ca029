# A name a partly initialised module does not define yet is Python's ImportError.
import cyclic
#=> error: cannot import name 'B' from partially initialized module 'cyclic' (most likely due to a circular import) (Tests/Python/imports/cyclic/__init__.py)
