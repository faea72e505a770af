def compose(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run

def walk(tree, depth=0):
    if isinstance(tree, int):
        return [depth]
    return sum(map(lambda sub: walk(sub, depth + 1), tree), [])

def hanoi(n, a, b, c, moves):
    if n == 0:
        return moves
    hanoi(n - 1, a, c, b, moves)
    moves.append((a, c))
    return hanoi(n - 1, b, a, c, moves)

inc_then_double = compose(lambda v: v + 1, lambda v: v * 2)
print(list(map(lambda v: inc_then_double(v), [1, 2, 3])))
print(walk([1, [2, [3, 4]], 5]))
print(len(hanoi(3, "a", "b", "c", [])))
print(list(filter(lambda v: v > 1, [3, 1, 2])))
