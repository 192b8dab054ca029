print([*a for a in [[1]]])
#=> error: 1:8: iterable unpacking cannot be used in comprehension
#=>     print([*a for a in [[1]]])
#=>            ^
