# Assignment expressions: `:=` binds in the enclosing function, even from a comprehension.
if (n := len("curifactory")) > 5:
    print("long", n)

values = [3, 8, 1, 9]
big = [y for x in values if (y := x * 10) > 20]
print(big, y)


def scaled(xs):
    found = [last := x * 2 for x in xs]
    return found, last


print(scaled([1, 2, 3]))

total = 0
running = [total := total + v for v in [1, 2, 3, 4]]
print(running, total)

data = {"lr": 0.1}
if (lr := data.get("lr")) is not None:
    print("lr", lr)

while (k := len(values)) > 2:
    values.pop()
print(values, k)
print([(a := i, a * a) for i in range(3)], a)
#=> long 11
#=> [30, 80, 90] 90
#=> ([2, 4, 6], 6)
#=> [1, 3, 6, 10] 10
#=> lr 0.1
#=> [3, 8] 2
#=> [(0, 0), (1, 1), (2, 4)] 2
