# conformance mode=record
class Parse(Exception): pass
class Report(Exception): pass
def parse(s):
    if not s.isdigit(): raise Parse(s)
    return int(s)

def report(s):
    raise Report('bad ' + s)

def parse_all(items):
    total = 0
    k = 0
    while k < len(items):
        s = items[k]; k += 1
        try:
            total += parse(s)
        except Parse as e:
            report(s)
        finally:
            if k == 2: break


    return total * 10 + k

def main():
    a = parse_all(['1', 'x', '3'])
    try:
        a += parse_all(['y'])
    except Report as e:
        a = -a

    return a

main()
