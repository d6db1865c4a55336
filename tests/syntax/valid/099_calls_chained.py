class B:
    def me(self):
        return self
    def __call__(self, *a):
        return self
b = B()
r = b.me().me()(1)(2, 3).me()
s = [b][0].me()
t = {"f": b}["f"](1).me
u = (b)()()()
print(r, s, t(), u)
