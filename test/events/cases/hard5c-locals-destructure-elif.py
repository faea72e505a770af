# conformance mode=locals
def split(s):
    return [s[0:1], s[1:]]

def classify(words):
    head = ''; rest = ''
    kind = 'none'
    score = 0
    w = None
    for w in words:
        head, rest = split(w)
        if head == 'a':
            bonus = len(rest)
            score, kind = [score + bonus, 'vowel']; del bonus
        elif head == 'b' and rest:
            n, tag = (2, rest
            )
            score += n
            kind = tag; del n, tag
        else:
            kind = 'other'


    return kind + str(score)

classify(['ab', 'bcd', 'x', 'b'])
