# conformance mode=locals
def build(n):
    fns = []
    i = 0
    while i < n:
        step = i * 10
        tag = 't' + str(i)
        def get(x, step=step, tag=tag):
            return x + step + len(tag)

        fns.append(get)
        i += 1; del step; del tag

    return fns

def main():
    fns = build(3)
    total = fns[2](1)
    total += fns[0](2)
    return total

main()
