xs = [1]
s = f"{*xs}"
