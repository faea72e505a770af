# header comment

WORDS = ["alpha",
         "beta",
         "gamma"]


def shout(w):
    # comment inside

    return (w.upper() + "!")
            # (one line)
# between


def unused(w):
    s = ("never "
         "called")
    return s + w

msg = ("multi "
       "line "
       "string")
for w in WORDS:

    print(shout(w))
    # trailing comment
print(msg)
