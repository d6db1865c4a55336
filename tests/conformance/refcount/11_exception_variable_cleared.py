class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
try:
    raise ValueError(Res("with-as"))
except ValueError as e:
    print("handling", type(e.args[0]).__name__)
print("after except block")
try:
    raise KeyError(Res("no-as"))
except KeyError:
    print("handling without name")
print("after second block")
saved = None
try:
    raise IndexError(Res("saved"))
except IndexError as e:
    saved = e
print("exception saved, resource alive")
saved = None
print("end")
