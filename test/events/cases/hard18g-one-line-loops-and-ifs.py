# conformance mode=record
class Boom(Exception): pass
def f(n):
    while n: n -= 1
    for i in range(2): n += i
    a = 1; b = 2; c = a + b
    if n > 0: n += 1
    for y in [1, 2]: n += y
    while n < 10 and n > 0: n += 3
    return c + n

def main():
    return f(3)

main()
