stack = []
for i in range(5):
    stack.append(i * i)
    print("push", i * i, stack)
while stack:
    print("pop", stack.pop(), len(stack))
queue = ["a", "b", "c"]
queue.append("d")
while queue:
    print("serve", queue.pop(0), queue)
