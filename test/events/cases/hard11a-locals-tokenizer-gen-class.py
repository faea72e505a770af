# conformance mode=locals
class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == ' ':
            i += 1
            del ch; continue

        if ch in '0123456789':
            j = i
            while j < len(src) and src[j] in '0123456789': j += 1
            yield Token('num', src[i:j])
            i = j; del j, ch
        else:
            yield Token('op', ch)
            i += 1; del ch



def summarize(src):
    nums = 0
    ops = ''
    for tok in tokenize(src):
        if tok.kind == 'num':
            nums += int(tok.text)
        else:
            ops += tok.text


    return ops + str(nums)

summarize('12 + 3*45')
