class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
r = Rect(2, 3)
print(r.area)
r.w = 5
print(r.area)
r.area = 100
print(r.area)
