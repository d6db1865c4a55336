def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
def still_works(n):
    return 0 if n == 0 else 1 + still_works(n - 1)
print(still_works(200))
deepest = 0
def probe(n):
    global deepest
    deepest = n
    probe(n + 1)
try:
    probe(1)
except RecursionError:
    print("probe stopped", 500 < deepest <= 1000)
