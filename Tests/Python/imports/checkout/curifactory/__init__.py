# A checkout of curifactory's own source beside a params file (its repository, a vendored copy):
# cfy never reads it, since cfy is the curifactory whose hashes it gives (docs/python.md).
raise ImportError("cfy read the curifactory checkout")
