# set and frozenset in CPython 3.11's order: displays, comprehensions, set(), the operators and
# methods, removals (dummies), resizes, pop (the block is written by scripts/golden/python_sets.py).
print({3, 1, 2}, set(), frozenset(), frozenset({5, 4}), {(1, 2), (0, 1)}, {1.5, -2.25, 0.1, 1e100})
print({x * 8 for x in range(12)}, set(range(40, 0, -3)), set([100, 1, 33, 65, 2]))
print({1, True, 1.0}, {0, False, 0.0, -0.0}, {2**61 - 1, 2**61 + 1, 2**62 + 3, -(2**63)})
print({float("inf"), float("-inf"), 2.5, (1, (2.5, 3)), frozenset({1, 2})})
a = {1, 2, 3, 100, 200}
b = {3, 4, 201, 1000}
print(a | b, a & b, a - b, a ^ b, b - a, b ^ a, b | a, b & a)
print(a <= b, {1} < a, a >= {1, 2}, a == {1, 2, 3, 100, 200}, frozenset({1}) == {1}, a != b, {1, 2} > {1})
print(a.union([5], (6,)), a.intersection([3, 200, 7]), a.difference([1], {2}), a.symmetric_difference([1, 9]))
print(a.issubset(range(300)), a.issuperset([1, 2]), a.isdisjoint({7}), frozenset(a).union({9}))
s = set(range(20))
for k in range(0, 20, 3):
    s.discard(k)
s.add(40)
s.add(3)
print(s, len(s), 40 in s, 0 in s, [x for x in s][:4])
s.remove(40)
popped = [s.pop() for _ in range(3)]
print(popped, s)
t = {1, 2}
t |= {40, 50, 9}
t &= {1, 40, 50, 9, 7}
t -= {50}
t ^= {1, 77, 8}
print(t)
t.update([33, 65], {97: 0}, range(3))
t.difference_update([0, 1], {2})
t.intersection_update(range(100))
t.symmetric_difference_update([5, 9])
print(t, sorted(t), min(t), max(t), sum(t), any(t), all(t))
u = {*[1, 2], *{3: 4}, *range(5, 8), *{9, 10}}
print(u, [*{8, 16, 24}], (*{1, 9},), {**{1: 2}})
d = {frozenset({1, 2}): "a", frozenset(): "b"}
print(d[frozenset([2, 1])], frozenset({1, 2}) in {frozenset({2, 1})}, {1, 2} in {frozenset({1, 2})})
print(type({1}), type(frozenset()), isinstance({1}, set), isinstance(frozenset(), frozenset), isinstance({1}, frozenset))
print(sorted({"b", "a", "c"}), len({"x", "y"}), "x" in {"x"}, max({"p", "q"}), {"a", "b"} == {"b", "a"})
big = set()
for k in range(100):
    big.add(k * 37 % 101)
for k in range(0, 100, 2):
    big.discard(k)
print(big)
import copy

t = {x * 8 for x in range(6)}
t.discard(0)
t.discard(8)
t.add(64)
print(t, copy.copy(t), copy.deepcopy(t), set(t), t.copy(), {*t}, frozenset(t))
print(copy.deepcopy({"k": [t]}), copy.copy([t]))
#=> {1, 2, 3} set() frozenset() frozenset({4, 5}) {(0, 1), (1, 2)} {0.1, 1.5, 1e+100, -2.25}
#=> {0, 32, 64, 8, 40, 72, 16, 48, 80, 24, 56, 88} {1, 34, 4, 37, 7, 40, 10, 13, 16, 19, 22, 25, 28, 31} {65, 1, 2, 100, 33}
#=> {1} {0} {2305843009213693951, 2305843009213693953, -9223372036854775808, 4611686018427387907}
#=> {2.5, frozenset({1, 2}), inf, -inf, (1, (2.5, 3))}
#=> {1, 2, 3, 100, 4, 200, 1000, 201} {3} {200, 1, 2, 100} {1, 2, 4, 100, 1000, 201, 200} {1000, 201, 4} {1, 2, 100, 201, 4, 200, 1000} {1, 2, 3, 4, 100, 1000, 201, 200} {3}
#=> False True True True True True True
#=> {1, 2, 3, 100, 5, 6, 200} {200, 3} {3, 100, 200} {2, 3, 100, 200, 9}
#=> True True True frozenset({1, 2, 3, 100, 200, 9})
#=> {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 3, 19, 40} 15 True False [1, 2, 4, 5]
#=> [1, 2, 4] {5, 7, 8, 10, 11, 13, 14, 16, 17, 3, 19}
#=> {40, 9, 8, 77}
#=> {65, 33, 97, 5, 8, 40, 77} [5, 8, 33, 40, 65, 77, 97] 5 97 325 True True
#=> {1, 2, 3, 5, 6, 7, 9, 10} [8, 16, 24] (1, 9) {1: 2}
#=> a True True
#=> <class 'set'> <class 'frozenset'> True True False
#=> ['a', 'b', 'c'] 2 True q True
#=> {1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 57, 59, 61, 63, 65, 67, 69, 71, 73, 75, 77, 79, 81, 83, 85, 87, 89, 91, 93, 95, 97, 99, 100}
#=> {64, 32, 40, 16, 24} {64, 32, 16, 40, 24} {64, 32, 40, 16, 24} {64, 32, 16, 40, 24} {64, 32, 16, 40, 24} {64, 32, 16, 40, 24} frozenset({64, 32, 16, 40, 24})
#=> {'k': [{64, 32, 40, 16, 24}]} [{64, 32, 40, 16, 24}]
