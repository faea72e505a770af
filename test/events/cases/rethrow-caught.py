# conformance mode=record
def risky():
    raise TypeError('bad type')

def relay():
    try:
        risky()
    except Exception as e:
        seen = 1
        raise e


def main():
    try:
        relay()
    except Exception as e:
        return 'main caught'


main()
