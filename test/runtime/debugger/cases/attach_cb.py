def cmp(a, b):
  if a == 2:
    breakpoint()

  return a - b


def main():
  xs = [3, 1, 2]
  xs.sort(key=functools.cmp_to_key(cmp))
  total = xs[0] * 100 + xs[2]
  print(xs, total)
  return total

