# Larger inputs: many items, deep nesting, long strings.
import pprint

big = list(range(500))
text = pprint.pformat(big)
print(len(text), text.count("\n"))
text = pprint.pformat(big, compact=True)
print(len(text), text.count("\n"))
print(text.splitlines()[-1])
table = {"row%03d" % i: {"id": i, "sq": i * i, "label": "item %d" % i} for i in range(200)}
text = pprint.pformat(table)
print(len(text), text.count("\n"))
print(text.splitlines()[:3])
deep = []
cur = deep
for i in range(50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
text = pprint.pformat(deep, width=200)
print(len(text), text[:40])
print(pprint.pformat(deep, depth=5))
long_text = "word " * 2000
text = pprint.pformat(long_text)
print(len(text), text.count("\n"))
print(len(pprint.saferepr(table)))
