from cyclic import B

A = 1
