x = 1
    y = 2
#=> error: 2:5: IndentationError: unexpected indent
#=>         y = 2
#=>         ^
