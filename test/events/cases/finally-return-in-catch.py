# conformance mode=record
def parse(text):
    steps = 0
    try:
        steps += 1
        if text == '':
            raise Exception('empty')

        return len(text)
    except Exception as e:
        steps += 10
        return -1
    finally:
        steps += 100


parse('abc')
parse('')
