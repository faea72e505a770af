# conformance mode=record
def step(x):
    if x == 7: raise Exception('seven')
    return x + 2

def gen(n):
    i = 0
    while i < n: i += 1; yield i - 1

def run(start):
    x = start
    while x < 6: x = step(x)
    total = 0
    for v in gen(3): total += v
    try:
        while x < 20: x = step(x)
    except Exception as e:
        total += 100

    return total + x

def main():
    return run(1) + run(6)

main()
