def setup(h):
  return { "tools": [{ "id": 1, "events": ['PY_START', 'PY_RETURN', 'LINE'], "disable": ['LINE', 'PY_START'] }], "trace": True }

def add(a, b):
  s = a + b
  return s

def main(h):
  add(1, 2)
  add(3, 4)
  h.M.restart_events()
  return add(5, 6)

