class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + o.v)
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o.v)
    def __truediv__(self, o): return N(self.v / o.v)
    def __floordiv__(self, o): return N(self.v // o.v)
    def __mod__(self, o): return N(self.v % o.v)
    def __pow__(self, o): return N(self.v ** o.v)
    def __radd__(self, o): return N(o + self.v)
    def __neg__(self): return N(-self.v)
    def __lt__(self, o): return self.v < o.v
    def __bool__(self): return bool(self.v)
    def __hash__(self): return hash(self.v)
    def __call__(self, *a): return self.v
    def __repr__(self): return f"N({self.v})"
print(N(2) + N(3), 1 + N(1), -N(4), N(1) < N(2), N(5)())
