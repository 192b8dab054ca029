a, *b, *c = [1, 2]
#=> error: 1:1: multiple starred expressions in assignment
#=>     a, *b, *c = [1, 2]
#=>     ^
