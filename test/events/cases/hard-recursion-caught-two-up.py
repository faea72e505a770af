# conformance mode=locals
def dive(n):
    depth = n * 10
    try:
        if n == 0:
            raise TypeError('bottom')

        if n == 2:
            try:
                return dive(n - 1)
            except TypeError as e:
                depth = -1
                return depth


        return dive(n - 1)
    finally:
        depth += 1


dive(3)
