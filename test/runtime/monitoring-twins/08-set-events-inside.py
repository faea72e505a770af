def setup(h):
  E = h.E
  def on_line(h, code, line):
    if line == 14: h.M.set_events(1, E.PY_START | E.PY_RETURN)
  def on_return(h, code, off, v):
    if code.co_name == 'inner': h.M.set_events(1, E.LINE)
  return { "tools": [{ "id": 1, "events": ['LINE', 'PY_RETURN', 'PY_START'], "on": { "LINE": on_line, "PY_RETURN": on_return } }] }
def inner(x):
  y = x + 1
  return y

def outer(x):
  a = inner(x)
  return a + 1

def main(h):
  v = 1
  v = outer(v)
  v = outer(v)
  return v

