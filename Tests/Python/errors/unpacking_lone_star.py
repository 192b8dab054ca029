*a = [1]
#=> error: 1:1: starred assignment target must be in a list or tuple
#=>     *a = [1]
#=>     ^
