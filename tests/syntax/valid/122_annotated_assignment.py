x: int = 1
y: str
z: list = []
names: "list[str]" = ["a"]
pair: tuple = (1, 2)
class P:
    a: int = 0
    b: float
    def __init__(self):
        self.c: int = 3
d = {}
d["k"]: int = 5
(w): int = 2
print(x, z, names, pair, P().c, d, w)
