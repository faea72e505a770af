# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    c = frame.f_code
    if event == 'call': print('call', c.co_name, c.co_firstlineno, frame.f_lineno, ','.join(c.co_varnames))
    else: print(event, c.co_name, frame.f_lineno, frame.f_back.f_code.co_name + '@' + str(frame.f_back.f_lineno) if frame.f_back and frame.f_back.f_code.co_name != '<module>' else '-')
    return T

def parse(text, sep):
    parts = text.split(sep)
    total = 0
    for p in parts:
        try:
            total += toInt(p)
        except Exception as err:
            why = str(err)
            total -= len(why)


    return total

def toInt(s):
    n = float(s) if s.isdigit() else float('nan')
    if n != n: raise Exception('nan')
    return int(n)

def main():
    return parse('1,x,3', ',')

settrace(T)
print('result', main())
settrace(None)
