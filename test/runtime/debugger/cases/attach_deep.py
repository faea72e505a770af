def walk(n, acc):
  if n == 0:
    breakpoint()
    return acc

  got = walk(n - 1, acc + n)
  return got * 2


def main():
  w = walk(4, 0)
  print(w)
  return w

