# docs/python.md: indentation errors carry CPython's words.
if True:
        x = 1
    y = 2
