def pairs():
  got = yield 1
  more = yield got + 1
  yield got + more


def main():
  g = pairs()
  a = next(g)
  b = g.send(5)
  c = g.send(7)
  next(g, None); print(a, b, c)
  return c

