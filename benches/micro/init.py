# Creating an instance through __init__ (one attribute store), 200,000 times.
class N:
    def __init__(self, v):
        self.v = v
for i in range(200000):
    N(i)
