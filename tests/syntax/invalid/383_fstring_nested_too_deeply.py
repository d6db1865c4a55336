x = y = z = 1
s = f"{x:{y:{z}}}"
