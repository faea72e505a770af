# conformance mode=back
class Clamp(Exception): pass
class Cell:
    def _get_value(self):
        return self._v

    def _set_value(self, v):
        self._v = v
    value = property(_get_value, _set_value)
    def bump(self):
        self.value += 1
        return self.value


class Checked(Cell):
    def _get_value(self):
        return Cell.value.fget(self) * 2

    def _set_value(self, v):
        if v > 20: raise Clamp('over')
        Cell.value.fset(self, v + Cell.value.fget(self))
    value = property(_get_value, _set_value)

class Logged(Checked):
    def _get_value(self):
        return Checked.value.fget(self) + 1

    def _set_value(self, v):
        self.writes = (getattr(self, 'writes', None) or 0) + 1
        Checked.value.fset(self, v)
    value = property(_get_value, _set_value)

def run(cell, n):
    cell.value = n
    return cell.bump()

def main():
    r = []
    for n in [3, 30]:
        c = Logged(); c._v = 1
        try:
            r.append(run(c, n))
        except Clamp as e:
            r.append(-c.writes if isinstance(e, Clamp) else 0)


    return ','.join(map(str, r))

main()
