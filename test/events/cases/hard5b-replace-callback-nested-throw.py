# conformance mode=record
class BadToken(Exception): pass
def lookup(name):
    if name == 'x':
        raise BadToken(name)

    return name.upper()

def repl(m0):
    s = m0.group(0)
    try:
        return lookup(s)
    except BadToken as e:
        if len(s) > 1:
            return '?'

        raise TypeError('token')


def expand(text):
    return __import__('re').sub(r'\w+', repl, text)

def safe(text):
    try:
        return expand(text)
    except TypeError as e:
        return expand('fallback')
    finally:
        expand('ok')


safe('a bb')
safe('a x b')
