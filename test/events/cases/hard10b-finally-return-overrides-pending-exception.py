# conformance mode=record
class Bad(Exception): pass
def risky(n):
    if n % 3 == 0: raise Bad('three')
    return n * 2

def guarded(n):
    try:
        return risky(n)
    finally:
        if n > 4:
            return -n



def main():
    total = 0
    for n in [1, 3, 5, 6, 9]:
        try:
            total += guarded(n)
        except Bad as e:
            total += 100


    return total

main()
