# conformance mode=record
def parse(s):
    if s == 'bad': raise Exception('parse ' + s)
    return len(s)

def check(s):
    return parse(s) * 2

async def handle(s):
    await asyncio.sleep(0)
    try:
        return check(s)
    except Exception as e:
        if s == 'bad': raise Exception('wrapped')
        return -1


async def main():
    out = 0
    for s in ['ab', 'bad']:
        try:
            out += await asyncio.create_task(handle(s))
        except Exception as e:
            out += 100


    return out

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
