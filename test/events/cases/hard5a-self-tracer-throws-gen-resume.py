# conformance mode=self
from sys import settrace, gettrace
resumes = 0
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'call' and frame.f_code.co_name == 'gen' and frame.f_lineno == 16:
        global resumes; resumes += 1
        if resumes == 2: raise TypeError('on resume')

    return glob

def gen():
    n = 0
    while n < 5:
        try:
            yield n
        except Exception as e:
            print('gen caught', type(e).__name__, 'off' if gettrace() is None else 'on')
            settrace(glob)
            n = 10

        n += 1


def main():
    out = []
    for v in gen():
        out.append(str(v))

    return ','.join(out)

settrace(glob)
print('main', main())
settrace(None)
