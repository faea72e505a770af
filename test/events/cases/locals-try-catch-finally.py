# conformance mode=locals
def attempt(n):
    stage = 'start'
    try:
        stage = 'try'
        if n < 0: raise Exception('neg')
        stage = 'done'
    except Exception as e:
        stage = 'caught'
    finally:
        n += 100

    return stage + str(n)

attempt(1)
attempt(-1)
