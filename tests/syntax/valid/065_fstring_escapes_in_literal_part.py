x = 1
a = f"line\n{x}\ttab"
b = f"\x41{x}\u00e9"
c = f"\N{BULLET} {x}"
d = f'quote \' {x}'
print(a, b, c, d)
