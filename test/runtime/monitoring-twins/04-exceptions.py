def setup(h):
  return { "tools": [{ "id": 1, "events": ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'] }] }

def boom(x):
  raise Exception('boom ' + str(x))

def catcher():
  try:
    boom(1)
  except Exception as e:
    return 'caught'
  finally:
    None


def gfail():
  yield 1
  boom(2)

def main(h):
  catcher()
  try:
    for v in gfail():
      v

  except Exception as e:
    None

  boom(3)

