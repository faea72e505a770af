# conformance mode=record
class Boom(Exception): pass
def leaf(x):
    if x > 1:
        raise Boom()

    return x

def mid(x):
    try:
        return leaf(x) + 1
    finally:
        x += 1


def over(x):
    try:
        return mid(x)
    finally:
        if x > 2:
            return 5



def top(x):
    r = 0
    for i in range(3):
        try:
            r += over(x + i)
        except Exception as e:
            r += 100
            continue
        finally:
            r += 1

        r += 10

    return r

def main():
    t = 0
    try:
        t = top(0)
        t += top(2)
    except Exception as e:
        t = -1

    return t

main()
