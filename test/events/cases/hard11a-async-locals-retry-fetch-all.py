# conformance mode=locals
class Timeout(Exception): pass
failures = { 'b': 1, 'c': 5 }
async def fetchItem(key):
    await asyncio.sleep(0)
    left = failures.get(key, 0)
    if left > 0:
        failures[key] = left - 1
        raise Timeout(key)

    return key.upper()

async def withRetry(key, tries):
    attempt = 0
    while True:
        attempt += 1
        try:
            value = await asyncio.create_task(fetchItem(key))
            return value + str(attempt)
        except Timeout as e:
            if attempt >= tries: return 'gave-up:' + key
            await asyncio.sleep(0)



async def main():
    results = await asyncio.gather(withRetry('a', 3), withRetry('b', 3), withRetry('c', 2))
    joined = ''
    for r in results:
        joined += r + ' '; del r

    return joined

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
