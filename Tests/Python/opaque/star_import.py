# `from numpy import *`: cfy cannot know which names a module it does not run binds.
from numpy import *
#=> error: cfy cannot know which names `from numpy import *` binds: 'numpy' is a module cfy does not run (it imports as opaque); import the names you use
