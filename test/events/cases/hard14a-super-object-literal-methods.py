# conformance mode=back
class base:
    def greet(self, n):
        return 'hi ' + str(n)


class mid(base):

    def greet(self, n):
        return super().greet(n + 1) + '!'


class top(mid):

    def greet(self, n):
        return '[' + super().greet(n * 2) + ']'


def main():
    return top().greet(3)

main()
