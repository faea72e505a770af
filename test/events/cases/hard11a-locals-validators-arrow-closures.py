# conformance mode=locals
class Invalid(Exception): pass
def minLength(n):
    check = lambda s: len(s) >= n
    return check

def noSpaces(s):
    return s.find(' ') < 0

def mustStartWith(prefix):
    used = 0
    def check(s):
        nonlocal used; used += 1
        if used > 3: raise Invalid('too many uses of ' + prefix)
        return s.startswith(prefix)

    return check

def validate(value, rules):
    failed = 0
    index = 0
    for rule in rules:
        index += 1
        if not rule(value):
            failed += index


    return failed

def main():
    rules = [minLength(4), noSpaces, mustStartWith('u_')]
    score = 0
    for name in ['u_bob', 'al', 'u x y', 'u_ok']:
        try:
            score = score * 10 + validate(name, rules); del name
        except Invalid as e:
            score = -score; del name


    return score

main()
