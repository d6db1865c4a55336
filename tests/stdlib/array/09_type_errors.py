import array

def attempt(tc, v):
    label = repr(v) if len(repr(v)) < 20 else 'big int'
    try:
        a = array.array(tc, [v])
        print(tc, label, 'ok', a[0])
    except Exception as e:
        print(tc, label, type(e).__name__, e)

for tc in "bBhHiIlLqQ":
    attempt(tc, 1.5)
    attempt(tc, 'x')
for tc in "fd":
    attempt(tc, 'x')
    attempt(tc, None)
    attempt(tc, 2**2000)
    attempt(tc, 3)
attempt('i', True)
attempt('d', [1])
attempt('i', None)
a = array.array('i', [1])
try:
    a[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.append(2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(a)
