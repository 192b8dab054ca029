# `finally` runs on every way out: a value, return, break, continue, an exception.
def returns():
    try:
        return "from try"
    finally:
        print("finally after return")


print(returns())


def overrides():
    try:
        return "try"
    finally:
        return "finally wins"


print(overrides())


def swallows():
    for _ in range(1):
        try:
            raise ValueError("lost")
        finally:
            break
    return "the break in finally dropped the exception"


print(swallows())

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

k = 0
while True:
    try:
        k += 1
        if k == 3:
            break
    finally:
        print("while finally", k)


def through():
    try:
        try:
            raise KeyError("x")
        finally:
            print("inner cleanup")
    except KeyError as e:
        return "caught " + str(e)


print(through())
#=> finally after return
#=> from try
#=> finally wins
#=> the break in finally dropped the exception
#=> body 0
#=> finally 0
#=> finally 1
#=> body 2
#=> finally 2
#=> finally 3
#=> while finally 1
#=> while finally 2
#=> while finally 3
#=> inner cleanup
#=> caught 'x'
