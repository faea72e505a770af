# conformance mode=record
class AppError(Exception): pass
class ParseError(AppError): pass
class Wrapped(Exception): pass
def parse_digit(ch):
    if ch < '0' or ch > '9':
        raise ParseError('bad ' + ch)

    return ord(ch) - 48

def parse_all(s):
    total = 0
    for ch in s:
        total = total * 10 + parse_digit(ch)

    return total

def load(s):
    try:
        return parse_all(s)
    except AppError as e:
        raise Wrapped('load: ' + str(e))


def main():
    out = 0
    for s in ['12', '3x', '7']:
        try:
            out += load(s)
        except Wrapped as e:
            out += 1000


    return out

main()
