# conformance mode=record
def convert(s):
    state = 0
    try:
        raise Exception('parse ' + s)
    except Exception as e:
        raise TypeError('convert')
    finally:
        state = 1


def safe():
    try:
        convert('x')
    except TypeError as e:
        return 'fallback'


safe()
