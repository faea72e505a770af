# conformance mode=record
async def main():
    hits = 0
    class api:
        async def get(k):
            await asyncio.sleep(0)
            nonlocal hits; hits += 1
            return k + str(hits)

        async def twice(k): return (await asyncio.create_task(api.get(k))) + (await asyncio.create_task(api.get(k)))

    r = await asyncio.create_task(api.twice('x'))
    return r + str(hits)

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
