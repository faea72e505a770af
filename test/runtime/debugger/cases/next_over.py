def helper(a):
  b = a * 2
  return b + 1


def main():
  t = 0
  t = helper(t)
  t = helper(t) + helper(t)
  print(t)
  return t

