# conformance mode=record
def cleanup(items):
    done = 0
    try:
        done = 1
    finally:
        for x in items:
            if x < 0:
                raise Exception('bad item')

            done += x


    return done

def run(items):
    try:
        return cleanup(items)
    except Exception as e:
        return 0


run([2, 3])
run([1, -1, 2])
