# A dunder attribute the class does not have: the suggestion is another dunder.
class T:
    def __init__(self):
        self.value = 1

t = T()
print(t.value)
finalizer = t.__del__
