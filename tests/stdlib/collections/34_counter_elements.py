from collections import Counter

c = Counter(a=3, b=1, c=0, d=-2, e=2)
print(list(c.elements()))
print(sorted(c.elements()))
e = c.elements()
print(type(e).__name__, next(e), next(e))
print(list(Counter("abracadabra").elements()))
print(list(Counter().elements()))
print(list(Counter({1: 2, 2: 3}).elements()))
prime_factors = Counter({2: 2, 3: 3, 17: 1})
product = 1
for factor in prime_factors.elements():
    product *= factor
print(product)
try:
    list(Counter({"x": 1.5}).elements())
except TypeError as e:
    print(type(e).__name__, e)
print(list(Counter({"t": True, "f": False}).elements()))
c2 = Counter("aab")
it = c2.elements()
c2["z"] = 2
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
print(sum(1 for _ in Counter(x=1000).elements()))
print(Counter(Counter("banana").elements()) == Counter("banana"))
