"""The parity generator: random curifactory programs written both as Python and as cfy, run under
real curifactory 0.13.2 and under cfy, and compared line by line. Entry point: scripts/check-parity
(`python -m parity` with scripts/ on the path).

  __main__  command line, running both sides, comparing their output
  gen       the program generator (one model emitted as Python and as cfy)
  schema    random class hierarchies
  values    the value model (literals and containers rendered for both languages)
  exprs     computed values (builtins, format specs, big ints ...) checked in CPython
  edits     edits after construction, and statements that make several sets (loops, grid)
  prelude   the fixed code both programs start with (hash functions, callables)
"""
