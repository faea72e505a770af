def strict(a, b):
  if a == b:
    raise ValueError('dup')

  return a - b


def main():
  xs = [2, 1, 2]
  status = 'ok'
  try:
    xs.sort(key=functools.cmp_to_key(strict))
  except ValueError as e:
    status = 'dup'
  finally:
    status = status + '!'

  print(status)
  return status

