# Python that parses but cfy cannot run yet is an error at its line when it runs, never a skip.
print("before")
#=> before
with open("x") as f:
    data = f.read()
#=> error: 4:1: cfy cannot run `with` statements yet
#=>     with open("x") as f:
#=>     ^
