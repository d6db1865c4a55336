stack = [1, 2]
print(stack.pop())
print(stack.pop(0))
print(stack, len(stack))
print(isinstance(IndexError(), LookupError))
print(stack.pop())
