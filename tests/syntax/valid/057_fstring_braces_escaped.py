x = 5
a = f"{{}}"
b = f"{{x}} is {x}"
c = f"{{{x}}}"
d = f"}}{{"
e = f"{{ {x} }}"
print(a, b, c, d, e)
