x = y = 1
s = f"{x:{y}"
