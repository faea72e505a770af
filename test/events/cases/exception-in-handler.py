# conformance mode=record
def convert(s):
    try:
        raise Exception('parse ' + s)
    except Exception as e:
        raise TypeError('convert')


def safe():
    try:
        convert('x')
    except TypeError as e:
        return 'fallback'


safe()
