# conformance mode=record
class ParseError(Exception): pass
def expr(toks, pos):
    val, p = term(toks, pos)
    while p < len(toks) and toks[p] == '+':
        r = term(toks, p + 1)
        val += r[0]
        p = r[1]

    return [val, p]

def term(toks, pos):
    if pos >= len(toks): raise ParseError('eof')
    t = toks[pos]
    if t == '(':
        v, p = expr(toks, pos + 1)
        if p >= len(toks) or toks[p] != ')': raise ParseError('paren')
        return [v, p + 1]

    if t not in '0123456789': raise ParseError('bad ' + t)
    return [int(t), pos + 1]

inputs = ['1+2', '(1+', '3+x', '(4)+5', '2)']
results = []
for src in inputs:
    try:
        v, end = expr(list(src), 0)
        if end != len(src): raise ParseError('trailing')
        results.append(v)
    except ParseError as e:
        results.append(str(e))
        if str(e) == 'eof': continue
    finally:
        results.append('|')

    results.append('.')

summary = len(results)
