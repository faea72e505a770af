import sys

def check(v):
    if v > 2:
        raise ValueError("too big: " + str(v))
    return v

for a in sys.argv[1:]:
    print("ok", check(int(a)))
