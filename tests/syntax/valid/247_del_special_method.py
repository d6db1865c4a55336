class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freeing", self.name)

r = Resource("r1")
del r
s = Resource("s1")
s = None
