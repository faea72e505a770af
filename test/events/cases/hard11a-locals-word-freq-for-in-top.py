# conformance mode=locals
STOP = ['the', 'a', 'of']
def words(text):
    out = []
    for raw in text.split(' '):
        w = raw.lower()
        if w == '' or w in STOP: del raw, w; continue
        out.append(w); del raw, w

    return out

def countWords(list):
    counts = {}
    for w in list:
        counts[w] = counts.get(w, 0) + 1; del w

    return counts

def top(counts):
    best = ''
    bestN = 0
    for w in counts:
        n = counts[w]
        if n > bestN or (n == bestN and w < best):
            best = w

        bestN = n if best == w else bestN; del w, n

    return best + '=' + str(bestN)

def main():
    text = 'The cat and the hat  of a Cat sat on the HAT'
    counts = countWords(words(text))
    distinct = 0
    for k in counts: distinct += 1; del k
    return top(counts) + ' ' + str(distinct)

main()
