def f():
  return g()
def g():
    return 1


def h():
  try:
    raise Exception('x')
    print('after throw')
  except Exception as e:
    return 2


for i in range(2):
  if i == 0:
    continue
    print('after continue')

  break
  print('after break')

print(f(), h())
