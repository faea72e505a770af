def setup(h):
  return { "tools": [{ "id": 1, "events": ['PY_START', 'PY_RESUME', 'PY_YIELD'], "off": True }] }

def gen():
  yield 1
  yield 2

def main(h):
  h.M.set_events(1, h.E.PY_START)
  g = gen()
  next(g)
  h.M.set_events(1, h.E.PY_START | h.E.PY_RESUME | h.E.PY_YIELD)
  next(g)
  return 0

