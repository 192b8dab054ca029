"""A package: its __init__ runs before its modules."""
LOADED = ["experiments"]
