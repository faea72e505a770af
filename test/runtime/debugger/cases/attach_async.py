async def load(k):
  await asyncio.sleep(0)
  return k + 1


async def main():
  total = 0
  breakpoint()
  total += await load(1)
  total += await load(2)
  total += 5
  print(total)
  return total

