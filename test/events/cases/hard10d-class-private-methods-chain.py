# conformance mode=back
class Parser:
    def __init__(self, text):
        self.text = text

    def _token(self, i):
        if i >= len(self.text): raise Exception('eof')
        return self.text[i]

    def _pair(self, i):
        return self._token(i) + self._token(i + 1)

    def parse(self):
        try:
            return self._pair(0) + '|' + self._pair(2)
        except Exception as e:
            return 'short'



def main():
    return Parser('abcd').parse() + Parser('abc').parse()

main()
