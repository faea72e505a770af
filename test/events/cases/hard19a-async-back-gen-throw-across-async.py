# conformance mode=back
def counter(limit):
    i = 0
    while True:
        try:
            cmd = yield i
            if cmd == 'boom': raise Exception('cmd')
            i += 1
        except Exception as e:
            if str(e) == 'cmd': raise e
            i = -1



def step(g, cmd=None):
    return g.send(cmd)

async def driver(g):
    step(g)
    await asyncio.sleep(0)
    step(g, 'go')
    v = g.throw(Exception('in'))
    await asyncio.sleep(0)
    return step(g, 'boom') + v

async def main():
    g = counter(2)
    try:
        await asyncio.Task(driver(g), loop=loop, eager_start=True)
    except Exception as e:
        return str(e)


import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
