import sys

def check(xs):
    for i, x in enumerate(xs):
        if x < 0:
            print("negative at", i)
            sys.exit(3)
        print("ok", x)
    return len(xs)
