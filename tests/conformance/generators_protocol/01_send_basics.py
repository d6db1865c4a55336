def echo():
    print("started")
    received = []
    while True:
        value = yield len(received)
        print("got", repr(value))
        if value == "stop":
            return received
        received.append(value)
g = echo()
try:
    g.send(42)
except TypeError as e:
    print("TypeError:", e)
try:
    g.send("")
except TypeError as e:
    print("TypeError again:", e)
print("gi_suspended before start:", g.gi_suspended)
print("first:", g.send(None))
print("send a ->", g.send("a"))
print("next ->", next(g))
print("send list ->", g.send([1, 2]))
print("send 0 ->", g.send(0))
try:
    g.send("stop")
except StopIteration as e:
    print("stopped with", e.value)
try:
    g.send("again")
except StopIteration as e:
    print("finished send:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("finished next:", e.value, e.args)
