from string import Formatter

f = Formatter()
print(f.vformat("{0} and {x}", ("pos",), {"x": "kw"}))
print(f.vformat("{} {}", ["list", "args"], {}))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2, "unused": 3}))
print(f.vformat("{0:{1}{2}}", ("v", "*^", 9), {}))
print(f.vformat("{0:{fill}>{width}}", ("r",), {"fill": ".", "width": 6}))
try:
    f.vformat("{0:{1:{2}}}", (1, 2, 3), {})
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.vformat("{0:{1}}", ("x",), {})
except IndexError as e:
    print(type(e).__name__, e)


class Tracker(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        print("used:", sorted(used_args, key=str), "args:", args, "kwargs:", sorted(kwargs))


t = Tracker()
print(t.vformat("{0} {name} {0}", ("a", "b"), {"name": "n", "extra": 1}))
print(t.format("{} {}", 1, 2, 3))
print(t.format("{x[0]} {y.real}", x=[9], y=2))
print(t.format("{:{}}", "q", 3))
print(t.format("{0:{w}}", "q", w=4, z=0))
