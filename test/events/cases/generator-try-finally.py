# conformance mode=record
def resource():
    opened = 1
    try:
        yield opened
        yield opened + 1
    finally:
        opened = 0


def use():
    total = 0
    for v in resource():
        total += v

    return total

use()
