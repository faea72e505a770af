# conformance mode=locals
def f(s):
    big = 2 ** 70 + 1_000; big = [big]
    digits = len(str(big[0]))
    import re; m = re.search(r'(?P<y>\d{4})-(?P<mo>\d{2})', s); del re
    year = m.group('y')
    n = 1_000_000 + int(m.group('mo'))
    return str(digits) + year + str(n)

f('on 2024-05')
