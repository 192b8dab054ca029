# A project importing numpy, pandas, sklearn and curifactory's stages (opaque in cfy): its sets
# hash as real curifactory 0.13.2 does with those modules stubbed: scripts/golden/python_opaque.py.
import experiments.knn
import params.sweep

for module in (experiments.knn, params.sweep):
    for args in module.get_params():
        print(args.name, args.args_hash())
#=> knn-5 1bb69501fd16e18277bd543c354abd676
#=> knn-3-distance 1c9b5627e557c1ac1aa9eca4a07fb1c90
#=> base 24df2e43f5bb01924e7db34e300179edd
#=> k1-uniform 2d1bf213cee1311eb6c124b722f555788
#=> k1-distance 3543c48ff4c8bfcf97d6641d99e15cbb8
#=> k3-uniform 1d9c1cedb814530b10550c50244a670c7
#=> k3-distance 25c3ef69ddfbe1bbf16a4bb69b366e4f7
#=> k7-uniform 265f83e3daa2f870062c9395bcfe6a1c7
#=> k7-distance 2e875660008a8720e741d2fc33ea715f7
#=> wide 1eb4a9c71b85657d5db7c9be2beb39f20
