class Rect:
  def __init__(self, w, h):
    self.w = w
    self.h = h

  def area(self):
    a = self.w * self.h
    return a

  @staticmethod
  def square(s): return Rect(s, s)


def main():
  r = Rect.square(3)
  total = r.area() + Rect(1, 2).area()
  print(total)
  return total

