# An unindent that matches no outer level is CPython's IndentationError, at the line with a caret.
if True:
        x = 1
    y = 2
#=> error: 4:5: IndentationError: unindent does not match any outer indentation level
#=>         y = 2
#=>         ^
