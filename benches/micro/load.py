# Loading an instance attribute, 200,000 times.
class N:
    pass
n = N()
n.v = 1
for i in range(200000):
    n.v
