# conformance mode=record
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        if self.cents < 0: raise TypeError('negative')
        return str(self.cents // 100 if self.cents % 100 == 0 else self.cents / 100) + '$'


class Tagged(Money):
    def __str__(self):
        return '#' + super().__str__()


def show(m):
    try:
        return 'value ' + f'{m}'
    except TypeError as e:
        return 'bad'


def main():
    return show(Money(250)) + show(Tagged(100)) + show(Tagged(-1))

main()
