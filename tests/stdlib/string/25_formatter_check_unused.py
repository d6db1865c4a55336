from string import Formatter


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused_pos = [i for i in range(len(args)) if i not in used_args]
        unused_kw = sorted(k for k in kwargs if k not in used_args)
        if unused_pos or unused_kw:
            raise ValueError(f"unused positional {unused_pos}, unused keyword {unused_kw}")


s = Strict()
print(s.format("{0} {1}", "a", "b"))
print(s.format("{x} {y}", x=1, y=2))
for call in [lambda: s.format("{0}", "a", "b"),
             lambda: s.format("{x}", x=1, y=2, z=3),
             lambda: s.format("{}", 1, 2, k=3),
             lambda: s.format("{0.real}", 5, 6)]:
    try:
        print(call())
    except ValueError as e:
        print(type(e).__name__, e)
print(s.format("{0:{1}}", "w", 4))
print(s.format("{a:{b}}", a="z", b="^5"))
print(repr(Formatter().check_unused_args({0}, (1, 2), {"k": 3})))
