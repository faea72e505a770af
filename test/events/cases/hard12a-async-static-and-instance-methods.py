# conformance mode=record
class Conn:
    def __init__(self, name):
        self.name = name; self.sent = 0

    @staticmethod
    async def open(name):
        await asyncio.sleep(0)
        return Conn(name)

    async def send(self, msg):
        await asyncio.sleep(0)
        self.sent += len(msg)
        return self.sent


async def main():
    c = await asyncio.create_task(Conn.open('db'))
    await asyncio.create_task(c.send('ab'))
    n = await asyncio.create_task(c.send('cde'))
    return n

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
