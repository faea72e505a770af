def counter(limit):
  i = 0
  while i < limit:
    yield i * 10
    i += 1

  return


def main():
  total = 0
  for v in counter(3):
    total += v

  print(total)
  return total

