# Calling a method on None returned by a function, inside an f-string.
def find(items, target):
    for item in items:
        if item.startswith(target):
            return item

names = ['alpha', 'beta']
print(f"found {find(names, 'b').upper()}")
print(f"found {find(names, 'g').upper()}")
