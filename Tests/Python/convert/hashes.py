# The hashes of the sets of sweep.py and dotted.py (the inputs of the golden .cfy files here), as
# real curifactory 0.13.2 gives them: scripts/golden/python_convert.py. scripts/check-convert checks
# that the converted .cfy files give the same.
import dotted
import sweep

for args in sweep.get_params() + dotted.get_params():
    print(args.name, args.args_hash())
#=> base 2aff2398d257494b3c855131d1aec8c8e
#=> lr1.00e-01_s  0 31de7450beb76a4c272794fb7e716c7d7
#=> base-v_1 3b6c6cef52838389712f2b8e338e686df
#=> base-v_0 323ffcdf5688de8222f5f85779582c5b5
#=> base-v_1 33e88c6fda7f7a33221cbaf5a5509ff0d
#=> deep 38b9097ffef0b8ad2a80052a5fbb3daf0
#=> dict 2af083662e83bb1b6d313c596a28d5162
#=> tweaked 33682bc85d7f8cf4e136aa0ef79b3f0a2
#=> from-default 222ef5e5024be999fdb7d04d6762ace68
#=> dotted 29453cf7e3bf932be17df2a87f0f0bdfd
#=> module-alias 312f0813150e2c9f553c07839579139ac
#=> chain 257375ac51e71b32bdcd6fa964a3ee3df
