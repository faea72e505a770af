# conformance mode=locals
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.count = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.count += 1
        return self

    def _size(self):
        return self.count
    size = property(_size)
    def __iter__(self):
        node = self.head
        while node is not None:
            v = node.value
            yield v
            node = node.next; del v



def main():
    list = LinkedList()
    list.push(3).push(5).push(8)
    sum = 0
    label = ''
    for v in list:
        sum += v
        label += str(v); del v

    return label + '/' + str(sum * list.size)

main()
