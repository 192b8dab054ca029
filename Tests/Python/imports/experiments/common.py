DEFAULT_K = 5
WEIGHT = "uniform"
