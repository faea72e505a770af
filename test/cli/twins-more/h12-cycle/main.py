import ping
import pong
for n in range(4):
    print(n, ping.ping(n), pong.pong(n))
