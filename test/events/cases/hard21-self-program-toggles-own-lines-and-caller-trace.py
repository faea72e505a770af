# conformance mode=self
import sys
def show(tag, frame, event, arg):
    print(tag, event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else ('none' if arg is None else arg) if event == 'return' else '')

def L(frame, event, arg):
    show('L', frame, event, arg)
    return L

def K(frame, event, arg):
    show('K', frame, event, arg)
    return None

def G(frame, event, arg):
    show('G', frame, event, arg)
    return L if frame.f_code.co_name == 'work' else None

def quiet(on):
    caller = sys._getframe(1)
    caller.f_trace_lines = on
    if on and caller.f_back.f_trace is None: caller.f_back.f_trace = K
    return on

def work(n):
    total = 0
    quiet(False)
    for i in range(n):
        total += i

    sys._getframe().f_trace_lines = True
    total += 1
    quiet(True)
    return total

def main():
    a = work(2)
    b = work(1)
    return a + b

sys.settrace(G)
print('result', main())
sys.settrace(None)
