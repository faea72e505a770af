# frames=always: an activation that started while nothing was monitored is monitored
def setup(h):
  return { "tools": [{ "id": 1, "events": ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'], "off": True }] }

def gen():
  yield 1
  yield 2

def main(h):
  g = gen()
  next(g)
  h.M.set_events(1, h.E.PY_RESUME | h.E.PY_YIELD | h.E.LINE)
  next(g)
  return 0

