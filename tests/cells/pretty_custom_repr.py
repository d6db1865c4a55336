# Covers: instances with a custom __repr__ (used as is, also inside containers), __str__ ignored, multi-line reprs.

# %%
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

# %%
Point(1, 2)

# %%
[Point(i, i) for i in range(3)]

# %%
[Point(i, -i) for i in range(12)]

# %%
class OnlyStr:
    def __str__(self):
        return 'the str'

# %%
o = OnlyStr()
print(o)

# %%
str(o)

# %%
class Grid:
    def __repr__(self):
        return 'row 1\nrow 2\nrow 3'

# %%
Grid()

# %%
[Grid(), Grid()]

# %%
{'g': Grid()}

# %%
class Wide:
    def __repr__(self):
        return 'W' * 100

# %%
Wide()

# %%
[Wide(), 1]

# %%
class Sub(list):
    pass
Sub([1, 2, 3])

# %%
class SubRepr(list):
    def __repr__(self):
        return 'SubRepr!'
SubRepr([1])

# %%
class D(dict):
    pass
D(a=1)
