# A name a partly initialised module does not define yet is Python's ImportError.
# (The path in the message is the working directory's; `...` matches any text in a `#=>` line.)
import cyclic
#=> error: cyclic/a.py:1:1: cannot import name 'B' from partially initialized module 'cyclic' (most likely due to a circular import) (...cyclic/__init__.py)
#=>     from cyclic import B
#=>     ^
