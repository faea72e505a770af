# conformance mode=record
def descend(n):
    if n == 0:
        raise Exception('bottom')

    return descend(n - 1) + 1

def start():
    try:
        return descend(2)
    except Exception as e:
        return -1


start()
