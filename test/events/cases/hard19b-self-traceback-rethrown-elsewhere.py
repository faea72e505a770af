# conformance mode=self
from sys import settrace
def walk(t): out = []; exec('while t:\n out.append(t.tb_frame.f_code.co_name + ":" + str(t.tb_lineno)); t = t.tb_next', {}, {'t': t, 'out': out}); return ' '.join(out)
def G(frame, event, arg):
    if frame.f_code.co_filename != __file__: return None
    if event == 'exception': print('E', frame.f_code.co_name, frame.f_lineno, walk(arg[2]))
    return G

saved = None
def boom():
    raise Exception('x')

def keep():
    global saved
    try:
        boom()
    except Exception as e:
        saved = e


def again():
    raise saved

def outer():
    try:
        again()
    except Exception as e:
        return 'caught'


def main():
    keep()
    print(outer())
settrace(G)
main()
settrace(None)
