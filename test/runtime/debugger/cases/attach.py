def average(values):
  sum = 0
  for v in values:
    sum += v

  return sum // len(values)


def report(scores):
  names = list(scores.keys())
  breakpoint()
  mean = average(list(scores.values()))
  best = functools.reduce(lambda a, b: (a if scores[a] >= scores[b] else b), names)
  return f'{len(names)} {mean} {best}'


def main():
  r = report({ 'ada': 90, 'alan': 80, 'grace': 100 })
  print(r)
  return r

