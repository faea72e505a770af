# conformance mode=self
from sys import settrace
class Trip(Exception): pass
def T(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'return': raise Trip('ret')
    return T

def own():
    try:
        return 1
    except Trip as e:
        return -1


def main():
    try:
        print('got', own())
    except Trip as e:
        print('main caught')


settrace(T)
main()
settrace(None)
