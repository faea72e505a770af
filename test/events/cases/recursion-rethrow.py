# conformance mode=record
def level(n):
    try:
        if n == 0:
            raise Exception('deep')

        return level(n - 1)
    except Exception as e:
        raise e


try:
    level(2)
except Exception as e:
    caught = 1

