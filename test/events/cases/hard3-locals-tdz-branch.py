# conformance mode=locals
def pick(flag, n):
    chosen = None
    if flag:
        chosen = n * 2

    early = 'e'
    def peek():
        return late + 1

    mid = 'none' if chosen is None else 'some'
    late = n + 5
    mid += str(peek())
    last = late
    last = last if chosen is None else chosen
    return mid + str(last)

pick(True, 1)
pick(False, 2)
