def setup(h):
  return { "tools": [{ "id": 1, "events": ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'] }] }

async def leaf(x):
  await h0.sleep0()
  return x * 2

async def mid(x):
  a = await h0.task(leaf(x))
  b = await h0.task(leaf(a))
  return a + b

async def main(h):
  global h0; h0 = h
  r = await h.task(mid(1))
  await h.sleep0()
  return r

h0 = None

