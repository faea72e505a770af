# conformance mode=record
def twice(e):
    try:
        raise e
    finally:
        raise e


def passOn(e):
    try:
        twice(e)
    finally:
        raise e


def top():
    err = Exception('same')
    try:
        passOn(err)
    except Exception as x:
        return x is err


top()
