# for/else and while/else: the else body runs when the loop ends without `break`.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            break
    else:
        return -1
    return i


print(find([3, 4], 4), find([3, 4], 5))
#=> 1 -1
n = 0
while n < 3:
    n += 1
    for j in range(5):
        if j == 1:
            break
else:
    print("while ended", n, j)
#=> while ended 3 1
