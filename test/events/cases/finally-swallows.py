# conformance mode=record
def swallow():
    try:
        raise Exception('lost')
    finally:
        return 'kept'


def stop_loop():
    n = 0
    while n < 5:
        n += 1
        try:
            raise Exception('dropped')
        finally:
            break


    return n

swallow()
stop_loop()
