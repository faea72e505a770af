# conformance mode=locals
class Low(Exception): pass
class High(Exception): pass
def walk(n, depth):
    here = n * depth
    if n == 0: raise Low('z')
    try:
        got = walk(n - 1, depth + 1)
        return got + here
    except Exception as e:
        if depth == 1: raise High('w' + str(here))
        here = -here
        raise e


def main():
    try:
        return walk(3, 0)
    except High as e:
        return len(str(e))


main()
