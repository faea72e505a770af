def scale(x, factor):
  y = x * factor
  y = y + 1
  return y


def main():
  limit = 3
  out = 0
  k = 0
  while k < limit:
    out += scale(k, 10)
    k += 1

  print(out, limit)
  return out

