# conformance mode=back
def key(a):
    raise TypeError('no order')

def sorter(xs):
    try:
        return sorted(xs, key=key)
    finally:
        xs.append(0)


def main():
    xs = [3, 1, 2]
    try:
        sorter(xs)
    except TypeError as e:
        return len(xs)

    return -1

main()
