# conformance mode=back
class Low(Exception): pass
class High(Exception): pass
def dive(n, catch_at):
    if n == 0: raise Low('bottom')
    try:
        return dive(n - 1, catch_at) + 1
    except Exception as e:
        if n == catch_at: raise High('wrapped')
        raise e
    finally:
        mark(n)


def mark(n):
    return n

def main():
    r = 0
    try:
        dive(4, 2)
    except High as e:
        r += mark(10)

    try:
        dive(2, 9)
    except Low as e:
        r += mark(20)

    return r

main()
