# conformance mode=record
def visit(rows):
    seen = 0
    for row in rows:
        try:
            if row == 0:
                continue

            seen += row
        finally:
            seen += 100


    return seen

visit([0, 1])
