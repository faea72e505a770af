# conformance mode=record
def worker():
    handled = 0
    while handled < 2:
        try:
            yield handled
        except TypeError as e:
            handled += 1
            yield -handled
        finally:
            handled += 0


    return handled

def main():
    g = worker()
    out = [next(g)]
    out.append(g.throw(TypeError('a')))
    out.append(next(g))
    out.append(g.throw(TypeError('b')))
    out.append(next(g, None))
    return len(out)

main()
