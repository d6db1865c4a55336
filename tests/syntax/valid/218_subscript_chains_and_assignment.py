m = [[0] * 3 for _ in range(3)]
d = {"a": {"b": [0, 0]}}
m[0][1] = m[1][2] = d["a"]["b"][1] = 7
x = [i for i in range(5)][::-1][0]
y = (lambda: [1, 2, 3])()[1:][0]
print(m, d, x, y)
