# Python expressions as cfy runs them: chained comparisons, lambda, comprehensions, *args/**kwargs,
# string prefixes and triple quotes.
def f(*args, **kwargs):
    return len(args), sorted(kwargs)

print(f(*[1, 2], **{"b": 1, "a": 2}))
#=> (2, ['a', 'b'])
print(1 < 2 < 3, 3 > 2 > 2)
#=> True False
sq = lambda x, y=2: x ** y
print(sq(3), {k: v for k, v in zip("ab", range(2))}, sum(x for x in range(4)))
#=> 9 {'a': 0, 'b': 1} 6
print(r"\d", u"u", f"{1 + 1}", rf"{2}\n", """multi
line""")
#=> \d u 2 2\n multi
#=> line
assert 1 + 1 == 2, "arithmetic"
'''docstring-like expression statement'''
x: int = 5
y: "Forward"
print(x)
#=> 5
class_like = {"x": 1}
if __name__ == "__main__":
    print("not run: __name__ is the module name, as when curifactory imports the file")
print(__name__)
#=> expressions
