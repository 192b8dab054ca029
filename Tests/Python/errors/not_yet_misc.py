# Each of these parses; the first that runs stops the file.
def gen():
    yield 1

async def later():
    await gen()

def check(x):
    if x < 0:
        raise ValueError("negative")
    del x
    return (n := 3)

print(check(1))
#=> 3
gen()
#=> error: 3:5: cfy cannot run generator functions (`yield`) yet
#=>         yield 1
#=>         ^
#=>   called from 16:4 in gen
