# conformance mode=record
async def job(n):
    await asyncio.sleep(0)
    if n == 2: raise Exception('job' + str(n))
    return n

async def main():
    try:
        res = await asyncio.gather(job(1), job(2))
        return res
    except Exception as e:
        await asyncio.sleep(0)
        return 'failed'


import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
