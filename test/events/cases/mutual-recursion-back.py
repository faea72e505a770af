# conformance mode=back
def is_even(n):
    return is_odd(n - 1) if n != 0 else True

def is_odd(n):
    return is_even(n - 1) if n != 0 else False

is_even(3)
