class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
    def __repr__(self):
        return "Money(%d)" % self.cents
m = Money(1234)
print(f"{m}", f"{m!r}", format(m), "{}".format(m))
print(f"[{m!s:>10}] [{m!r:<12}]")
try:
    print(f"{m:>10}")
except TypeError as e:
    print(type(e).__name__, e)
