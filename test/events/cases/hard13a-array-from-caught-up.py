# conformance mode=record
def gen(k):
    yield k
    if k > 1: raise Exception('k')
    yield k + 1

def collect(k):
    return list(gen(k))

def main():
    a = collect(1)
    try:
        collect(2)
    except Exception as e:
        return len(a)


main()
