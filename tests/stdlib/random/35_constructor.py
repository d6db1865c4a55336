import random

print(random.Random(5).random() == random.Random(x=5).random())
print(type(random.Random()).__name__)
for args, kw in [((1, 2), {}), ((), {'y': 3}), (([1],), {})]:
    try:
        random.Random(*args, **kw)
        print('made')
    except TypeError as e:
        print(type(e).__name__, str(e).replace('\n', ' '))


class R(random.Random):
    def __init__(self, a, b):
        super().__init__(a + b)


r = R(2, 3)
print(r.random() == random.Random(5).random())
