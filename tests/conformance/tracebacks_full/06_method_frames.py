# Three method frames deep, the last one indexes past the end.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps

    def run(self):
        out = []
        for i in range(len(self.steps) + 1):
            out.append(self.step(i))
        return out

    def step(self, i):
        return self.steps[i].upper()

p = Pipeline(['a', 'b'])
print(p.step(0))
print(p.run())
