def f(): return 1
def g(x): return x; print("never")
def h(): pass
def i(*a, **k): return a, k
print(f(), g(2), h(), i(1, z=2))
