# A math domain error is CPython's ValueError.
import math
print(math.log(0))
#=> error: 3:15: math domain error
#=>     print(math.log(0))
#=>                   ^
