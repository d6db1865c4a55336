# cellar: --max-memory=256M
# Growing a string with += until memory runs out; the last good value survives.
s = ''
chunk = 'abcdefghij' * 100000
try:
    while True:
        s += chunk
except MemoryError:
    print('caught MemoryError')
print('len(s) > 10**7:', len(s) > 10**7)
print('multiple of the chunk:', len(s) % len(chunk) == 0)
print(s[:12], s[-3:])
s = ''
parts = [chunk] * 1000
try:
    joined = ''.join(parts)
except MemoryError:
    print('join: caught MemoryError')
parts = None
print('joined' in globals())
t = 'ab'
for i in range(10):
    t += t
print(len(t))
