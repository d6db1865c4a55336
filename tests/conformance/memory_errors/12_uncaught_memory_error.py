# cellar: --max-memory=256M
# An uncaught MemoryError ends the program with status 1.
def build(n):
    return [n] * n

print(len(build(10)))
print('before')
rows = build(10**12)
print('not reached')
