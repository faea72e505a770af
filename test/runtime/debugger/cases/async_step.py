async def fetchValue(k):
  base = k * 2
  await asyncio.sleep(0)
  doubled = base + 1
  return doubled


async def main():
  acc = 0
  acc += await fetchValue(1)
  acc += await fetchValue(2)
  print(acc)
  return acc

