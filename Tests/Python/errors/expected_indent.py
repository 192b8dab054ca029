def f():
return 1
#=> error: 2:1: IndentationError: expected an indented block for the body of 'f'
#=>     return 1
#=>     ^
