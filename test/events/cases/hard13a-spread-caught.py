# conformance mode=record
def gen():
    yield 1
    yield 2
    raise Exception('end')

def main():
    xs = []
    try:
        xs = [*gen()]
    except Exception as e:
        xs = [0]

    return len(xs)

main()
