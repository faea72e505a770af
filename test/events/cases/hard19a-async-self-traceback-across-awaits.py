# conformance mode=self
from sys import settrace
def tb(t): return walk(t)
def G(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name in ('main', 'rej', 'walk', 'tb'): return None
    if event == 'exception' and arg[0] is not StopIteration: print('E', frame.f_code.co_name, frame.f_lineno, tb(arg[2]))
    return G

def check(x):
    if x > 1: raise Exception('big')
    return x

async def a(x):
    await asyncio.sleep(0)
    return check(x)

async def b(x):
    try:
        return await asyncio.create_task(a(x))
    finally:
        await asyncio.sleep(0)


async def c():
    try:
        await asyncio.create_task(b(2))
    except Exception as e:
        return 'ok'


async def main():
    settrace(G)
    print(await asyncio.create_task(c()))
    settrace(None)

def walk(t): out = []; exec('while t:\n out.append(t.tb_frame.f_code.co_name + ":" + str(t.tb_lineno)); t = t.tb_next', {}, {'t': t, 'out': out}) ; return ' '.join(out)
import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main())
