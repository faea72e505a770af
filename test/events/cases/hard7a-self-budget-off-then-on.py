# conformance mode=self
from sys import settrace
counts = {}
budget = 6
def T(frame, event, arg):
    global budget; name = frame.f_code.co_name
    counts[name] = counts.get(name, 0) + 1
    print(event, name, frame.f_lineno, counts[name])
    budget -= 1
    if budget == 0:
        settrace(None)
        print('off at', name)
        return None

    return T

def step(n):
    r = n + 1
    return r

def run(k):
    acc = 0
    while acc < k: acc = step(acc)
    return acc

def again():
    global budget; budget = 20
    settrace(T)
    return step(10) + run(1)

def main():
    x = run(3)
    x += again()
    x += run(2)
    return x

settrace(T)
print('result', main())
settrace(None)
print(' '.join(k + '=' + str(v) for k, v in counts.items()))
