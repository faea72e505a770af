# conformance mode=record
class Busy(Exception): pass
BUSY = Busy('busy')
def attempt(n):
    if n < 3:
        raise BUSY

    return n

def retry():
    n = 0
    while n < 5:
        n += 1
        try:
            return attempt(n)
        finally:
            if n < 3:
                continue



    return -1

def main():
    got = retry()
    return got

main()
