class O:
    def __init__(self):
        self.items = [0]
        self.x = 0
def f(o=O()):
    return o
f().x = 5
f().x += 1
f().items[0] = 1
f().items[0] += 1
print(f().x, f().items)
