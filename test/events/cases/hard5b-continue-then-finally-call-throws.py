# conformance mode=record
class Closed(Exception): pass
def release(x):
    if x == 2:
        raise Closed('release')

    return x

def scan(xs):
    seen = 0
    try:
        for x in xs:
            try:
                if x > 0:
                    continue

                seen += 10
            finally:
                seen += release(x)


    except Closed as e:
        seen = -seen

    return seen

def main():
    return scan([0, 1, 2, 3])

main()
