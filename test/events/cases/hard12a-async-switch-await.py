# conformance mode=record
async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    acc = 0
    for k in ['a', 'b', 'c']:
        match k:
            case 'a':
                acc += await asyncio.create_task(val(1))

            case 'b':
                acc += await asyncio.create_task(val(10))

            case 'c':
                acc += 100


    return acc

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
