# conformance mode=record
class Detail(Exception): pass
def describe(code):
    if code < 0:
        raise Detail('no detail')

    return 'code ' + str(code)

class AppError(Exception):
    def __init__(self, code):
        super().__init__(describe(code))
        self.code = code


def fail(code):
    raise AppError(code)

def main():
    r = 0
    for c in [1, -1, 2]:
        try:
            fail(c)
        except Exception as e:
            r += e.code if isinstance(e, AppError) else 100


    return r

main()
