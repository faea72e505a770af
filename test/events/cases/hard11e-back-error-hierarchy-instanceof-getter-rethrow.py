# conformance mode=back
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

    def _get_status(self):
        return self.code * 100
    status = property(_get_status)
    def wrap(e):
        return e if isinstance(e, AppError) else AppError('wrapped', 5)
    wrap = staticmethod(wrap)

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what + ' missing', 4)

    def _get_status(self):
        return AppError.status.fget(self) + 4
    status = property(_get_status)

def lookup(k):
    if k == 'gone': raise NotFound(k)
    if k == 'bad': raise TypeError('bad key')
    if k == 'oops': raise AppError('oops', 3)
    return len(k)

def fetch(k):
    try:
        return lookup(k)
    except Exception as e:
        raise AppError.wrap(e)


def handle(k):
    try:
        return fetch(k)
    except Exception as e:
        if isinstance(e, NotFound): return -e.status
        elif isinstance(e, AppError): return e.status
        raise e


def main():
    return ','.join(map(str, map(handle, ['abc', 'gone', 'bad', 'oops'])))

main()
