# conformance mode=record
def source():
    yield 1
    raise Exception('dry')

def relay():
    try:
        for v in source(): yield v * 2
    finally:
        yield -1


def main():
    out = []
    try:
        for v in relay(): out.append(v)
    except Exception as e:
        out.append(str(e))

    return len(out)

main()
