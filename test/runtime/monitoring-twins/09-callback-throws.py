def setup(h):
  return { "tools": [{ "id": 1, "events": ['LINE', 'PY_RETURN', 'PY_START', 'PY_YIELD', 'PY_RESUME'], "on": {
    "LINE": lambda h, code, line: (h.fail('cb line ' + str(line)) if line == 11 or line == 26 else None),
    "PY_RETURN": lambda h, code, o, v: (h.fail('cb return') if code.co_name == 'ret' else None),
    "PY_START": lambda h, code, o: (h.fail('cb start') if code.co_name == 'st' else None),
    "PY_YIELD": lambda h, code, o, v: (h.fail('cb yield') if v == 2 else None),
  } }] }

def guarded():
  try:
    x = 1
    return x
  except Exception as e:
    return 'caught ' + str(e)


def ret():
  return 5

def st():
  return 6

def gen():
  yield 1
  yield 2
  yield 3

def main(h):
  r = [guarded()]
  try: ret()
  except Exception as e: r.append(str(e))
  try: st()
  except Exception as e: r.append(str(e))
  g = gen()
  try: next(g); next(g)
  except Exception as e: r.append(str(e))
  try: r.append('done' if next(g, None) is None else 'more')
  except Exception as e: r.append(str(e))
  return ','.join(map(str, r))
