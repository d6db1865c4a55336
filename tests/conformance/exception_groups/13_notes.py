# add_note and __notes__ (new in 3.11)

e = ValueError("with notes")
print("has __notes__ before:", hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print("__notes__:", e.__notes__)
print("type:", type(e.__notes__).__name__)
print("str unaffected:", str(e), repr(e))

print("-- add_note requires a str --")
for bad in [5, None, b"bytes"]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print(repr(bad), "->", type(err).__name__ + ": " + str(err))
print("notes unchanged:", e.__notes__)

print("-- __notes__ can be assigned and appended directly --")
k = KeyError("k")
k.__notes__ = ["manual"]
k.add_note("added")
print(k.__notes__)
k.__notes__.append("appended")
print(k.__notes__)

print("-- notes on a group and on its leaves --")
leaf1 = ValueError(1)
leaf1.add_note("leaf note")
leaf2 = TypeError(2)
g = ExceptionGroup("noted", [leaf1, leaf2])
g.add_note("group note")
print("group notes:", g.__notes__)
print("leaf notes:", [getattr(x, "__notes__", None) for x in g.exceptions])

print("-- split and subgroup copy the group's notes --")
m, r = g.split(ValueError)
print("match notes:", m.__notes__)
print("rest notes:", r.__notes__)
print("match leaf keeps its own notes:", m.exceptions[0].__notes__)
s = g.subgroup(TypeError)
print("subgroup notes:", s.__notes__)
print("notes equal but copied list:", s.__notes__ == g.__notes__)

print("-- except* handler sees the notes --")
try:
    raise g
except* ValueError as caught:
    print("handler group notes:", caught.__notes__)
    print("handler leaf notes:", caught.exceptions[0].__notes__)
except* TypeError as caught:
    print("handler group notes (TypeError):", caught.__notes__)

print("-- adding notes while an exception propagates --")

def work(n):
    try:
        if n % 2:
            raise ValueError("odd %d" % n)
        return n
    except ValueError as exc:
        exc.add_note("while processing item %d" % n)
        raise

errors = []
for n in range(5):
    try:
        work(n)
    except ValueError as exc:
        errors.append(exc)
group = ExceptionGroup("batch failures", errors)
for exc in group.exceptions:
    print(repr(exc), exc.__notes__)
