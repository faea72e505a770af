def byLen(a, b):
  d = len(a) - len(b)
  return d


def main():
  words = ['ccc', 'a', 'bb']
  words.sort(key=functools.cmp_to_key(byLen))
  lens = list(map(lambda w: len(w) * 10, words))
  print(words, lens)
  return lens

