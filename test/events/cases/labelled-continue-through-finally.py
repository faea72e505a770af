# conformance mode=record
def visit(rows):
    seen = 0
    for row in rows:
        for v in row:
            try:
                if v == 0:
                    break

                seen += v
            finally:
                seen += 100



    return seen

visit([[1, 0, 5], [2]])
