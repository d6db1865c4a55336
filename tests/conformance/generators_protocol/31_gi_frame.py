import gc, sys
def gen(a):
    x = 1
    yield x
    y = a + x
    yield y
g = gen(10); f = g.gi_frame; print(f.f_lineno, f.f_locals, f.f_back, g.gi_frame is f, f.f_code.co_name)
next(g); print(f.f_lineno, f.f_locals, g.gi_frame is f)
next(g); print(f.f_lineno, sorted(f.f_locals.items()), g.gi_frame is f)
try: next(g)
except StopIteration: pass
print(g.gi_frame, f.f_lineno, f.f_locals)
del f

def me():
    yield sys._getframe() is gg.gi_frame
    yield gg.gi_frame.f_lineno, gg.gi_running
gg = me()
print(next(gg), next(gg))
gg.close(); print(gg.gi_frame)

# frame in a cycle with its generator
def cyc():
    fr = None
    yield 1
c = cyc(); next(c)
fr = c.gi_frame
print(type(fr).__name__, fr.f_locals)
del c, fr
print(gc.collect() >= 0)
h = (i*i for i in range(3))
print(h.gi_frame.f_code.co_name, h.gi_frame.f_lineno)
print(list(h), h.gi_frame)
