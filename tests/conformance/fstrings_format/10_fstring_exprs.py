items = ["a", "b", "c"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{items[-1]}{items[0]}")
print(f"{sum(x for x in range(5))}")
print(f"{(lambda v: v * 2)(21)}")
print(f"{'yes' if items else 'no'}")
print(f"{items!r:>20}")
x = 7
print(f"{x:>{x}}|{x * 'ab'}")
print(f"{x}" f"{x}" "tail")
print(f"""multi
{x}
line""")
print(f"{3 + 4 * 2:#x}", f"{-x:+}")
