def work(n):
  sum = 0
  for i in range(n):
    sq = i * i
    sum += sq

  return sum


def main():
  a = work(6)
  b = work(4)
  print(a, b)
  return a + b

