def noop():
    pass
class Empty:
    pass
print(noop(), type(Empty()).__name__)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    print("no")
grid = [[1, -2], [-3, 4]]
result = []
for row in grid:
    for v in row:
        if v < 0:
            if v < -2:
                result.append("very negative")
            else:
                result.append("negative")
        else:
            result.append("ok")
print(result)
