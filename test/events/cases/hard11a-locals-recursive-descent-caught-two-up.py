# conformance mode=locals
class ParseError(Exception): pass
class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ''

    def expr(self):
        value = self.term()
        while self.peek() == '+':
            self.pos += 1
            value += self.term()

        return value

    def term(self):
        value = self.atom()
        while self.peek() == '*':
            self.pos += 1
            value *= self.atom()

        return value

    def atom(self):
        ch = self.peek()
        if ch == '(':
            self.pos += 1
            inner = self.expr()
            if self.peek() != ')': raise ParseError('expected ) at ' + str(self.pos))
            self.pos += 1
            return inner

        if ch >= '0' and ch <= '9':
            self.pos += 1
            return int(ch)

        raise ParseError('unexpected ' + (ch or 'end'))


def evaluate(text):
    try:
        return Parser(text).expr()
    except ParseError as e:
        return -1


def main():
    ok = evaluate('2*(3+4)')
    bad = evaluate('2*(3+')
    worse = evaluate('(1+2')
    return ','.join([str(ok), str(bad), str(worse)])

main()
