# conformance mode=back
class Invalid(Exception): pass
class Widget:
    def __init__(self, size):
        self.size = size
        self.label = self.describe()

    def describe(self):
        return 'widget' + str(self.size)


class Button(Widget):
    def __init__(self, size):
        super().__init__(size)
        self.clicks = 0

    def describe(self):
        if self.size > 2: raise Invalid('too big')
        return 'button:' + super().describe()


def build(n):
    try:
        return Button(n).label
    except Invalid as e:
        return 'invalid'


def main():
    return build(1) + build(3) + Widget(5).label

main()
