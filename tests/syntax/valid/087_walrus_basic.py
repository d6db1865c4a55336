data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print(n)
while (chunk := data[:2]):
    data = data[2:]
values = [y for x in range(5) if (y := x * x) > 4]
print(values, (z := 10), z)
