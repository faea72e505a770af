def check(x):
  if x < 0:
    raise ValueError('negative')

  return x


def main():
  ok = 0
  for v in [1, -2, 3]:
    try:
      ok += check(v)
    except ValueError as e:
      ok -= 100


  return ok

