# An error inside a generator expression consumed by sum().
def parse(text):
    return int(text.strip())

fields = ['1', ' 2', 'three', '4']
print(sum(parse(f) for f in fields[:2]))
total = sum(parse(f) for f in fields)
