# An opaque value is truthy (a function is) but takes no part in arithmetic, comparisons, len or
# iteration: cfy does not guess what numpy would compute.
import numpy as np
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
print(device)
#=> cuda
scaled = np.ones(3) * 2
#=> error: 9:21: unsupported operand type(s) for *: 'numpy value (opaque)' and 'int'
#=>     scaled = np.ones(3) * 2
#=>                         ^
