def fact(n):
  if n <= 1:
    return 1

  rest = fact(n - 1)
  return n * rest


def main():
  x = fact(5)
  print(x)
  return x

