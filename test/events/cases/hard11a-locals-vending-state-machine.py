# conformance mode=locals
def runMachine(commands):
    state = 'idle'
    coins = 0
    vended = 0
    log = []
    for cmd in commands:
        if state == 'idle':
            if cmd == 'coin':
                coins += 1
                state = 'paid'
            else:
                log.append('ignored ' + cmd)

        elif state == 'paid':
            if cmd == 'coin':
                coins += 1
            elif cmd == 'push':
                vended += 1
                coins -= 1
                state = 'paid' if coins > 0 else 'idle'
            elif cmd == 'refund':
                coins = 0
                state = 'idle'

        else:
            del cmd; break

        state = 'done' if vended >= 3 else state; del cmd

    return state + ':' + str(coins) + ':' + str(vended) + ':' + str(len(log))

runMachine(['push', 'coin', 'coin', 'push', 'push', 'coin', 'refund', 'coin', 'push', 'coin', 'push', 'coin'])
