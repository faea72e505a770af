def setup(h):
  return { "tools": [{ "id": 1, "events": ['PY_START', 'PY_RETURN', 'LINE'] }] }

def add(a, b):
  return a + b

def fact(n):
  if n <= 1:
    return 1

  return n * fact(n - 1)

def main(h):
  x = add(1, 2)
  y = fact(3)
  add(x, y)
  return 'end'

