"""A package whose __init__ imports its own modules, as many projects' do: Python hands the partly
initialised package to the modules it imports."""
from models.knn import KnnParams
from .base import BaseParams
from . import knn

DEFAULT = KnnParams(name="default")
