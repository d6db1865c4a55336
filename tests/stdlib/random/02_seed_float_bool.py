import random

# Floats seed from their hash; integral floats hash like the equal int.
for s in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 3.141592653589793, 1e10, 1e300, -1e-300,
          float('inf'), float('-inf'), 2.0**64, 123456.789]:
    r = random.Random(s)
    print(repr(s), r.random(), r.randrange(1000))

print(random.Random(2.0).random() == random.Random(2).random())
print(random.Random(True).random() == random.Random(1).random())
print(random.Random(False).random() == random.Random(0).random())


class MyInt(int):
    pass


print(random.Random(MyInt(17)).random() == random.Random(17).random())
