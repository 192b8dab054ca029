"""A module of the package, imported relatively by model.py: convert inlines what is used."""


def lower(self, value):
    return value.lower()


def unused():
    return "not needed by any set, so not inlined"
