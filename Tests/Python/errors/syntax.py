x = (1 +
#=> error: 3:1: expected an expression, found end of input ('(' at 1:5 is not closed)
