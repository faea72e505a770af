# conformance mode=back
class Stop(Exception): pass
def ping(n):
    return list(map(pong, [n - 1]))[0] if n > 0 else 'ping'

def pong(n):
    if n == -1:
        raise Stop('stop')

    return list(map(ping, [n - 1]))[0] if n > 0 else 'pong'

def main():
    a = ping(3)
    try:
        list(map(pong, [1 - 2]))
    except Stop as e:
        return a + ping(1)

    return a

main()
