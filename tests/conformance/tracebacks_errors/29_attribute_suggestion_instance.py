class Paint:
    def __init__(self):
        self.colour = "red"
        self.finish = "matte"
p = Paint()
print(p.colour, p.finish)
p.finish = "gloss"
print(vars(p))
print(p.color)
