# conformance mode=back
class Bottom(Exception): pass
def count(n):
    return 0 if n <= 0 else 1 + count(n - 1)

def dive(n):
    if n == 0:
        raise Bottom('b')

    if n == 2:
        try:
            return dive(n - 1)
        except Bottom as e:
            return count(2) * 10


    try:
        return dive(n - 1) + 1
    finally:
        if n == 1:
            count(1)



def main():
    return dive(4)

main()
