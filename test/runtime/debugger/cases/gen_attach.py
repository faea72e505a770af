def items():
  n = 0
  while n < 3:
    if n == 1: breakpoint()
    yield n
    n += 1



def main():
  seen = []
  for x in items():
    seen.append(x * 2)

  print(seen)
  return seen

