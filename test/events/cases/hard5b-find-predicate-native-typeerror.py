# conformance mode=record
def pred(item):
    ok = False
    try:
        ok = item['check']() > 1
    finally:
        item['seen'] = True

    return ok

def pick(items):
    found = next(filter(pred, items), None)
    return None if found is None else found

def safe_pick(items):
    try:
        return pick(items)
    except Exception as e:
        return 'bad' if isinstance(e, TypeError) else 'other'


def main():
    two = lambda: 2
    a = safe_pick([{'check': lambda: 0}, {'check': two}])
    b = safe_pick([{'check': lambda: 1}, {'check': 5}, {'check': two}])
    return [a, b]

main()
