# The hashes of a curifactory-style project's sets (experiments/classifier.py and
# params/activations.py, params/sweep.py), as real curifactory 0.13.2 gives them: scripts/golden/python_params.py.
import experiments.classifier
import params.activations
import params.sweep

for module in (experiments.classifier, params.activations, params.sweep):
    for args in module.get_params():
        print(args.name, args.args_hash())
#=> w8 2ea977f784a4b3d3b1ceae8aeea3498f4
#=> w32 25ecd4a8a71ec1dd591812cc2683279e0
#=> w128 1fae7230e9fe3708895b435598cfb03de
#=> base 1f707db61bf93a5c8bf115b0b1460f749
#=> logistic-0 2b49dd9c5f3453a29ac4339d8d886fd8a
#=> logistic-1 32699af2c38a6efb168452ab26cbfd4df
#=> tanh-0 2bc2d911306c50c2d887deea3409b3a11
#=> tanh-1 32e2966794c26c1b5447fdf7cd4d41166
#=> more-samples 1f707db61bf93a5c8bf115b0b1460f749
#=> base 3ef5ecfedfa2437885eca406243901377
#=> a0.1_n1 4d2068265b2cec20d0e6ba2ec7b39ef99
#=> a0.1_n0 4c570762fed7e7c3ae8395b169135a6cd
#=> a1.0_n1 3fbf4dc23bf747d5a84fc88382d945c43
#=> a1.0_n0 3ef5ecfedfa2437885eca406243901377
#=> a10.0_n1 46dc357dc933ab4499ce1004649bd8232
#=> a10.0_n0 4612d4ba6cdea6e7776aeb8705fb93966
#=> small 47d2427e2c6e313ead14fc9d3f3a67558
#=> upper 3782e779c087a54eaa63ea7917041a6c6
