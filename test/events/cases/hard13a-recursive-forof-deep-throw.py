# conformance mode=record
def count(n):
    if n == 0: raise Exception('bottom')
    yield n
    for v in count(n - 1): yield v

def main():
    seen = []
    try:
        for v in count(3): seen.append(v)
    except Exception as e:
        seen.append(0)

    return len(seen)

main()
