def setup(h):
  return { "tools": [{ "id": 1, "events": ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'] }] }

def count(n):
  i = 0
  while i < n:
    got = yield i
    i += 1

  return 'done'

def main(h):
  g = count(2)
  r = next(g)
  r = g.send('a')
  r = next(g, 'b')
  early = count(5)
  next(early)
  early.close()
  total = len([*count(2)])
  return total

