"""Mirror of examples/cookbook/bigobject.cfy under real curifactory."""
# cfy: hash examples/cookbook/bigobject.cfy
from dataclasses import dataclass, field
from curifactory import ExperimentArgs, set_hash_functions


@dataclass
class Table:
    name: str = "iris"
    version: int = 1
    rows: list = field(default_factory=list)


def table_id(args, table):
    return None if table is None else f"{table.name}@v{table.version}"


@dataclass
class Args(ExperimentArgs):
    table: Table = None
    k: int = 5
    hash_representations: dict = set_hash_functions(table=table_id)


rows = [[i, i * i % 7] for i in range(10000)]
v1 = Args(name="v1", table=Table(rows=rows))
v2 = Args(name="v2", table=Table(version=2, rows=rows[:5000]))
for a in [v1, v2]:
    print(f"{a.name}\t{a.args_hash()}\t{a.overwrite}")
