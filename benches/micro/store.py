# Storing an instance attribute, 200,000 times.
class N:
    pass
n = N()
for i in range(200000):
    n.v = i
