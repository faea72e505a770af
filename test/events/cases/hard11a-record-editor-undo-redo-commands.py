# conformance mode=record
class Insert:
    def __init__(self, text):
        self.text = text

    def apply(self, doc):
        return doc + self.text

    def revert(self, doc):
        return doc[0:len(doc) - len(self.text)]


class Upper:
    def apply(self, doc):
        self.before = doc
        return doc.upper()

    def revert(self, doc):
        return self.before


class Editor:
    def __init__(self):
        self.doc = ''
        self.done = []
        self.undone = []

    def run(self, cmd):
        self.doc = cmd.apply(self.doc)
        self.done.append(cmd)
        self.undone = []

    def undo(self):
        if len(self.done) == 0: return False
        cmd = self.done.pop()
        self.doc = cmd.revert(self.doc)
        self.undone.append(cmd)
        return True

    def redo(self):
        if len(self.undone) == 0: return False
        cmd = self.undone.pop()
        self.doc = cmd.apply(self.doc)
        self.done.append(cmd)
        return True


def main():
    ed = Editor()
    ed.run(Insert('ab'))
    ed.run(Upper())
    ed.run(Insert('c'))
    moves = 0
    while ed.undo(): moves += 1
    if ed.redo() and ed.redo(): moves += 10
    ed.run(Insert('!'))
    return ed.doc + str(moves) + str(ed.redo()).lower()

main()
