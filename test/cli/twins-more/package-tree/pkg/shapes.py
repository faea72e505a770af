class Sq:
    def __init__(self, s):
        self.s = s

    @property
    def area(self):
        return self.s * self.s

    @staticmethod
    def unit():
        return Sq(1)
