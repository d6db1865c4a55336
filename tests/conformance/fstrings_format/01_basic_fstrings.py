name = "World"
n = 3
print(f"Hello, {name}!")
print(f"{n} + {n} = {n + n}")
print(f"{name.upper()} has {len(name)} letters")
print(f"{[i * i for i in range(n)]}")
print(f"{'nested quotes'}", f'{"other"}')
print(f"{{literal braces}} {n}")
d = {"k": 5}
print(f"{d['k']} {d}")
print(f"{n if n > 2 else 'small'}")
print(F"upper F {n}", rf"raw \n {n}", fr"{name}\t")
