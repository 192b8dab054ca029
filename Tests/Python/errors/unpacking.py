# CPython 3.11's errors for `*` and `**` unpacking (messages checked against CPython by hand:
# each is the exception's text there).
a, *b, c = [1]
[*1]
(*1, 2)
{**[1]}
{**{1: 2}.keys()}
a, *b = 1
for a, *b in [1]:
    pass
#=> error: not enough values to unpack (expected at least 2, got 1)
#=> error: Value after * must be an iterable, not int
#=> error: Value after * must be an iterable, not int
#=> error: 'list' object is not a mapping
#=> error: 'dict_keys' object is not a mapping
#=> error: cannot unpack non-iterable int object
#=> error: cannot unpack non-iterable int object
