# conformance mode=record
def fail():
    raise Exception('x')

def with_cleanup(n):
    state = 0
    try:
        fail()
        state = 1
    finally:
        for i in range(n):
            state += i


    return state

def main():
    try:
        with_cleanup(2)
    except Exception as e:
        return 'handled'


main()
