# conformance mode=record
def parse(s):
    if s == 'x': raise TypeError('nan')
    return len(s)

def reader(items):
    for s in items:
        try:
            yield parse(s)
        except TypeError as e:
            raise ValueError('wrapped')



def main():
    n = 0
    try:
        for v in reader(['a', 'x', 'b']): n += v
    except ValueError as e:
        n += 100

    return n

class ValueError(Exception): pass
main()
