from cyclic.a import A
