# conformance mode=record
def ticker():
    n = 0
    while n < 3:
        n += 1
        try:
            yield n
            if n == 2:
                raise Exception('dropped')

        finally:
            if n < 3:
                continue



    return n

def main():
    g = ticker()
    out = [next(g)]
    out.append(g.throw(TypeError('swallowed')))
    out.append(next(g))
    out.append(next(g, None))
    return len(out)

main()
