# conformance mode=locals
async def fetchItem(id):
    key = 'k' + str(id)
    await asyncio.sleep(0)
    val = key + '!'
    return val

async def main():
    total = ''
    n = 0
    for id in [1, 2]:
        got = await asyncio.create_task(fetchItem(id))
        total += got; n += 1; del got, id

    return total + str(n)

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
