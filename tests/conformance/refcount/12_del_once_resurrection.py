graveyard = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        graveyard.append(self)
p = Phoenix("bird")
del p
print("resurrected:", len(graveyard), graveyard[0].name)
graveyard.clear()
print("cleared without second __del__")
class Once:
    count = 0
    def __del__(self):
        Once.count += 1
        print("Once.__del__ call", Once.count)
o = Once()
o2 = o
del o
print("o2 still holds it")
del o2
print(Once.count)
