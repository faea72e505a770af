def setup(h):
  return { "tools": [{ "id": 1, "events": ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'], "off": True }], "trace": 'calls' }

def gen():
  yield 1
  yield 2

def main(h):
  g = gen()
  next(g)
  h.M.set_events(1, h.E.LINE | h.E.PY_RETURN | h.E.PY_RESUME | h.E.PY_YIELD)
  x = 1
  next(g)
  x += 1
  h.settrace(None)
  next(g, None)
  return x

