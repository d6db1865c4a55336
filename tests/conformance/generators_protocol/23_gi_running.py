def gen():
    print("inside, running:", me.gi_running, "suspended:", me.gi_suspended)
    try:
        next(me)
    except ValueError as e:
        print("re-entrant next:", e)
    try:
        me.send(None)
    except ValueError as e:
        print("re-entrant send:", e)
    try:
        me.throw(KeyError("k"))
    except ValueError as e:
        print("re-entrant throw:", e)
    try:
        me.close()
    except ValueError as e:
        print("re-entrant close:", e)
    yield 1
    print("resumed, running:", me.gi_running)
    yield 2
me = gen()
print("created:", me.gi_running)
print(next(me))
print("suspended:", me.gi_running)
print(next(me))
print(list(me))
print("finished:", me.gi_running)
def inner():
    print("inner sees outer running:", outer_gen.gi_running)
    print("inner sees itself running:", inner_gen.gi_running)
    yield "i"
def outer():
    yield from inner_gen
inner_gen = inner()
outer_gen = outer()
print(next(outer_gen))
print("both suspended:", outer_gen.gi_running, inner_gen.gi_running)
print(list(outer_gen))
