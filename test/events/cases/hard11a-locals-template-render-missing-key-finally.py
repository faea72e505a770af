# conformance mode=locals
class MissingKey(Exception):
    def __init__(self, key):
        super().__init__('missing ' + key)
        self.key = key


def lookup(data, key):
    if not (key in data): raise MissingKey(key)
    return str(data[key])

def render(template, data):
    out = ''
    pos = 0
    while True:
        open = template.find('{', pos)
        if open < 0: del open; break
        close = template.find('}', open)
        key = template[open + 1:close]
        out += template[pos:open] + lookup(data, key)
        pos = close + 1; del open, close, key

    return out + template[pos:]

def renderAll(templates, data):
    results = []
    failures = 0
    for t in templates:
        try:
            results.append(render(t, data))
        except MissingKey as e:
            failures += 1
            results.append('<' + e.key + '>')
        finally:
            data['count'] += 1; del t


    return '|'.join(results) + '#' + str(failures)

def main():
    data = { 'name': 'ada', 'lang': 'js', 'count': 0 }
    text = renderAll(['hi {name}', '{lang} by {name}!', 'oops {who}', 'plain'], data)
    return text + '@' + str(data['count'])

main()
