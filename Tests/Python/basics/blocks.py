# Python blocks: indentation, one-line bodies, elif/else, loops, nested functions, continuation.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0: return "zero"
    else:
        return "positive"


print([classify(x) for x in (-1, 0, 2)])
#=> ['negative', 'zero', 'positive']

total = 0
for i in range(10):
    if i % 2:
        continue
    total += i   # comment after code

    # a comment line and a blank line inside the block
print(total)
#=> 20

n = 5
while n > 0:
	n -= 2
print(n)
#=> -1

values = [
  1,
      2,
 3]
longer = 1 + \
    2
print(values, longer)
#=> [1, 2, 3] 3

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner()
print(outer())
#=> 2

def ignored(): pass
def stub():
    ...
print(stub())
#=> None
