# A method call on an instance, 200,000 times.
class N:
    def m(self):
        return 1
n = N()
for i in range(200000):
    n.m()
