# conformance mode=back
def items(n):
    try:
        for i in range(n):
            yield i

        raise Exception('exhausted')
    finally:
        print('gen done')


async def consume(g):
    total = 0
    for v in g:
        await asyncio.sleep(0)
        total += v

    return total

async def main():
    try:
        await asyncio.Task(consume(items(2)), loop=loop, eager_start=True)
    except Exception as e:
        return 'caught'


import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
