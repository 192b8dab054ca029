from dataclasses import dataclass

from models.base import BaseParams


@dataclass
class KnnParams(BaseParams):
    k: int = 5
