# conformance mode=locals
top = 1
class Pt:
    def __init__(self): self.z = top + 1

def main():
    p = Pt()
    return p.z

main()
