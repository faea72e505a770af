# conformance mode=record
class Drained(Exception): pass
class Tank:
    def __init__(self, level):
        self.level = level

    def _get_raw(self):
        if self.level < 0:
            raise Drained('empty')

        return self.level
    raw = property(_get_raw)
    def _get_full(self):
        return self.raw > 0
    full = property(_get_full)

def drain(tank):
    steps = 0
    try:
        while tank.full:
            tank.level -= 2
            steps += 1

    except Drained as e:
        steps = -steps
    finally:
        while True:
            steps += 100
            if not steps < 0: break

    return steps

drain(Tank(4))
drain(Tank(3))
