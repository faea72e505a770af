# conformance mode=record
class Boom(Exception): pass
def work(i):
    if i >= 2: raise Boom('w')
    return i

def run(xs):
    done = 0
    for i in xs:
        try:
            done += work(i)
        finally:
            if i >= 3:
                break



    return done

def spin(n):
    k = 0
    while k < n:
        k += 1
        try:
            work(k)
        finally:
            continue


    return k

def main():
    r = run([0, 1, 3, 4])
    try:
        r += run([0, 2, 5])
    except Boom as e:
        r += 10

    return r + spin(3)

main()
