def setup(h):
  return { "tools": [{ "id": 2, "events": ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'] }], "trace": 'calls' }

def gen():
  yield 1
  return 2

def add(a, b):
  return a + b

def main(h):
  g = gen()
  next(g)
  next(g, None)
  return add(1, 2)

