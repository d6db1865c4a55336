x = 1
s = (f"{x}"
     f"{x!q}")
