x = 1
y = 2
a = f"{x}" "plain" f"{y}"
b = "plain first " f"{x}"
c = (f"x={x}, "
     f"y={y}, "
     "done")
d = f"{x}" r"\raw" F'{y}'
print(a, b, c, d)
