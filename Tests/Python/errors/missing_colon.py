if x
    y = 1
#=> error: 1:5: expected ':' to start the if body, found newline
#=>     if x
#=>         ^
