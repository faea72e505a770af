def push(items, x):
    items.append(x)
    return items

def pop(items):
    if not items:
        raise IndexError("empty")
    return items.pop()

def unused(items):
    return len(items)





def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def never(a):
    if a:
        return 1
    else:
        return 2

# module-level calls
s = []
push(push(s, 1), 2)
inc = counter()
inc()
inc()
print("pop", pop(s), "inc", inc(), "even", is_even(3))
try:
    pop([])
except IndexError:
    print("caught")
for k in range(3):
    inc()
print("done", inc())
