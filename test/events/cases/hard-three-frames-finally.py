# conformance mode=record
def leaf(n):
    if n > 1:
        raise TypeError('deep')

    return n

def cleanup(tag):
    return tag * 2

def level3(n):
    try:
        return leaf(n)
    finally:
        n = cleanup(n)


def level2(n):
    total = 0
    try:
        total = level3(n)
    finally:
        total += cleanup(1)
        total += 1

    return total

def level1(n):
    try:
        return level2(n)
    finally:
        n += 1


def main():
    try:
        level1(2)
    except TypeError as e:
        level1(0)

    return 'ok'

main()
