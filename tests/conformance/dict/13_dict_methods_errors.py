d = {"a": 1}
for f in [
    lambda: d.get(),
    lambda: d.update(1),
    lambda: d.update([("a",)]),
    lambda: d.setdefault(),
    lambda: d.pop(),
    lambda: d.keys(1),
    lambda: d.items()[0],
    lambda: {}.fromkeys(1),
]:
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(d)
