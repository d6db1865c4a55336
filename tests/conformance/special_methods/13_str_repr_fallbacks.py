class R:
    def __repr__(self):
        return "R!"
class S(R):
    def __str__(self):
        return "S!"
print(str(R()), repr(R()), str(S()), repr(S()))
print("%s %r" % (R(), S()), "{} {!r}".format(S(), S()))
print([R(), S()], {1: S()}, (S(),))
print(f"{S()}", f"{S()!r}", format(S()))
class E(Exception):
    def __str__(self):
        return "custom message"
e = E("ignored")
print(str(e), repr(e), e.args)
