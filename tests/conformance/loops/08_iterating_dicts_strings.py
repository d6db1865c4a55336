stock = {"apple": 3, "banana": 0, "cherry": 7}
for k in stock:
    print(k, end=" ")
print()
for v in stock.values():
    print(v, end=",")
print()
for k, v in stock.items():
    if not v:
        continue
    print(f"{k}={v}")
for ch in "loop":
    print(ch.upper(), end="")
print()
for ch in reversed("abc"):
    print(ch, end="|")
print()
