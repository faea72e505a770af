# conformance mode=record
class Flaky(Exception): pass
def work(i, j):
    if (i + j) % 3 == 0: raise Flaky('f')
    return i * j

def grid(rows, cols, stop):
    acc = 0
    for i in rows:
        try:
            for j in cols:
                try:
                    acc += work(i, j)
                finally:
                    if j == 1: continue

                acc += 1

        finally:
            if i == stop: break


    return acc

def main():
    r = grid([1, 2, 3, 4], [1, 0], 3)
    try:
        r += grid([1, 5], [0, 2], 9)
    except Flaky as e:
        r = -r

    return r

main()
