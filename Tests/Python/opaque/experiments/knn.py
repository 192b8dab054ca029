"""A k-nearest-neighbours experiment in curifactory's style: heavy imports, stages, an args class."""
import logging
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

import curifactory as cf
from curifactory import Record, aggregate

logger = logging.getLogger(__name__)
SCALE = np.float32


@dataclass
class Params(cf.ExperimentArgs):
    n_neighbors: int = 5
    weights: str = "uniform"
    test_size: float = 0.25
    features: List[str] = field(default_factory=lambda: ["a", "b"])
    seed: Optional[int] = None


@cf.stage(inputs=None, outputs=["data"])
def load_data(record: Record):
    frame = pd.read_csv("data.csv")
    logger.info("loaded %d rows", len(frame))
    return frame[record.args.features]


@cf.stage(inputs=["data"], outputs=["model", "score"])
def train(record: Record, data):
    x_train, x_test, y_train, y_test = train_test_split(data, test_size=record.args.test_size)
    model = KNeighborsClassifier(n_neighbors=record.args.n_neighbors, weights=record.args.weights)
    model.fit(x_train, y_train)
    return model, np.mean(model.predict(x_test) == y_test)


@aggregate(outputs=["best"])
def best(record: Record, records):
    return max(r.state["score"] for r in records)


def get_params():
    return [Params(name="knn-5"), Params(name="knn-3-distance", n_neighbors=3, weights="distance")]


def run(param_sets, manager):
    records = []
    for args in param_sets:
        record = Record(manager, args)
        records.append(train(load_data(record)))
    best(Record(manager, None), records)
