# conformance mode=back
class Secret(Exception): pass
class Money:
    def __init__(self, c):
        self.c = c

    def toJSON(self):
        if self.c < 0: raise Secret('debt')
        return {'cents': self.c, 'text': fmt(self.c)}


class Account:
    def __init__(self, name, items):
        self.name = name; self.items = items

    def toJSON(self):
        return {'name': self.name, 'total': total(self.items), 'items': self.items}


def fmt(c):
    return str(c // 100) + '.' + str(c % 100)

def total(items):
    return Money(functools.reduce(plus, items, 0))

def plus(acc, m):
    return acc + m.c

def dump(acct):
    try:
        return ''.join(ENC([acct, 1], 0))
    except Secret as e:
        return report(acct.name)


def report(name):
    return ''.join(ENC({'hidden': name}, 0))

def main():
    a = dump(Account('ann', [Money(150), Money(275)]))
    b = dump(Account('bob', [Money(5), Money(-20), Money(9)]))
    return str(len(a)) + ':' + b

import functools, json.encoder as J, operator; ENC = J.c_make_encoder(None, operator.methodcaller('toJSON'), J.encode_basestring_ascii, None, ':', ',', False, False, True); main()
