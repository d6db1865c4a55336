def f(v):
    return v
print(f(x := 3), x)
totals = [total := 0] + [total := total + v for v in range(4)]
print(totals, total)
