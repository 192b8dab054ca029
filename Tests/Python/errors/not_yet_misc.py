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
#=> error: 11:5: cfy cannot run `del` statements yet
#=>         del x
#=>         ^
#=>   called from 14:12 in check
gen()
#=> error: 3:5: cfy cannot run generator functions (`yield`) yet
#=>         yield 1
#=>         ^
#=>   called from 19:4 in gen
