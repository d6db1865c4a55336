class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s)
print(s.index(1))
s.pop()
print(len(s), s)
s.peek()
print("unreachable")
