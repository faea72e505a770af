# conformance mode=back
class Btn:
    def __init__(self): self.label = 'ok'; \
        self.onClick = lambda: self.label + '!'

def fire(cb):
    return cb()

def main():
    b = Btn()
    b.label = 'go'
    return fire(b.onClick)

main()
