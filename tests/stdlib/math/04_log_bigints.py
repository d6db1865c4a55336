import math

big = [10**400, 2**5000, 3**2000 + 1, 10**308 * 10, 7 ** 777]
for n in big:
    print(repr(math.log(n)), repr(math.log2(n)), repr(math.log10(n)))
    print(repr(math.log(n, 10)), repr(math.log(n, 2**100)))

for f in (math.log, math.log2, math.log10):
    try:
        f(-(10**400))
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)

try:
    math.log1p(10**400)
except OverflowError as e:
    print("log1p", type(e).__name__, e)

for f in (math.exp, math.sqrt, math.sin, math.fabs, math.atan):
    try:
        print(f.__name__, repr(f(10**400)))
    except OverflowError as e:
        print(f.__name__, type(e).__name__, e)

print(repr(math.log(2**1024)), repr(math.log2(2**1024)), repr(math.log10(10**1000)))
print(repr(math.log(True)), repr(math.log10(10**22)), repr(math.log10(10**23)))
print(repr(math.sqrt(2**1023)), repr(math.sqrt(10**308)))
print(repr(math.hypot(10**200, 10**200)))
try:
    math.hypot(10**400, 1)
except OverflowError as e:
    print("hypot", type(e).__name__, e)
print(repr(math.fsum([10**300, 10**300])))
print(repr(float(2**1023 + 2**970)))
