# try/except parses; running it is an error at the `try`.
def risky(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        return 0
    finally:
        pass
risky(1)
#=> error: 3:5: cfy cannot run `try` statements yet
#=>         try:
#=>         ^
#=>   called from 9:6 in risky
