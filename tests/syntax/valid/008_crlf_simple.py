x = 1
y = 2
if x < y:
    print("less")
else:
    print("more")
