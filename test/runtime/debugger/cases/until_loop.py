def main():
  s = 0
  i = 0
  while i < 4:
    s += i
    i += 1

  s = s * 2
  return s

