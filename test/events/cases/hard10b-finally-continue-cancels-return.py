# conformance mode=record
def first_even(xs):
    seen = 0
    for x in xs:
        try:
            seen += 1
            if x % 2 == 0: return x
        finally:
            if x < 0: continue


    return -seen

def main():
    a = first_even([1, 4, 5])
    b = first_even([-2, 3, 6])
    c = first_even([-4, -6])
    return a + b + c

main()
