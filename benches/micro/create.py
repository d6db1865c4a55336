# Creating an instance of a class without __init__, 200,000 times.
class N:
    pass
for i in range(200000):
    N()
