import sys

def step(i):
    if i == 2:
        sys.exit(3)
    return i

for i in range(5):
    print("step", step(i), sys.argv[1:])
print("never")
