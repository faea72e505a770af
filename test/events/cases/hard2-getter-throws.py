# conformance mode=record
class Missing(Exception): pass
class Config:
    def __init__(self, data):
        self.data = data

    def _get_port(self):
        if 'port' not in self.data:
            raise Missing('port')

        return self.data['port']

    def _set_port(self, v):
        if v < 0:
            raise Missing('negative')

        self.data['port'] = v
    port = property(_get_port, _set_port)

def read_port(cfg):
    return cfg.port + 1

def main():
    total = read_port(Config({'port': 80}))
    cfg = Config({})
    try:
        total += read_port(cfg)
    except Missing as e:
        total += 1000

    try:
        cfg.port = -1
    except Missing as e:
        cfg.port = 7

    return total + read_port(cfg)

main()
