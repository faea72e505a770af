# conformance mode=record
def build(n):
    fns = []; i = 0
    while i < n:
        tag = 't' + str(i)
        if i == 1:
            i += 1

        def bump(d, i=i, tag=tag):
            i += d
            return tag + str(i)

        fns.append(bump); i += 1

    return fns

def main():
    fns = build(5)
    out = ''
    out += fns[2](100)
    out += fns[0](10)
    out += fns[1](1)
    return out + str(len(fns))

main()
