x = 2
items = [f"{i}" for i in range(3)]
table = {f"key{i}": f"{i * x:>4}" for i in range(2)}
print(f"{x}", *[f"{v!r}" for v in items], sep=f"{'|'}")
msg = "%s" % f"{x}"
