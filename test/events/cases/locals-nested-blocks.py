# conformance mode=locals
def grade(score, bonus):
    label = 'fail'
    if score >= 50:
        base = score + bonus
        if base >= 80:
            tier = 'high'
            label = tier + str(base); del tier; del base

        else:
            label = 'pass' + str(base); del base



    return label

grade(75, 10)
grade(60, 0)
grade(10, 0)
