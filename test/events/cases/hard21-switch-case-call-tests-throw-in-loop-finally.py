# conformance mode=record
class Odd(Exception): pass
def h(k, x):
    if k == 3 and x == 7: raise Odd('o')
    return k * 2

def note(s):
    return s

def classify(xs):
    out = 0
    for x in xs:
        try:
            match x:
                case _ if x == h(1, x): out += 1
                case _ if x == h(2, x):
                    out += 10
                    continue
                case _ if x == h(3, x): out += 100
                case _: out += note(1000)

            out += 1
        except Odd:
            out -= 5
        finally:
            out = note(out)


    return out

def main():
    return classify([2, 4, 6, 7, 9])

main()
