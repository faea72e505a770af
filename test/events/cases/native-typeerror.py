# conformance mode=record
def call_it(fn):
    return fn(1)

def guard():
    try:
        call_it(None)
    except Exception:
        return 'not callable'


guard()
