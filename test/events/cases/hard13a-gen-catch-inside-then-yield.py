# conformance mode=record
def risky(i):
    if i % 2 == 1: raise Exception('odd')
    return i

def safe(n):
    for i in [0, 1, 2, 3][0:n]:
        try:
            yield risky(i)
        except Exception as e:
            yield -1


    return 'end'

def main():
    out = []
    for v in safe(4): out.append(v)
    return len(out)

main()
