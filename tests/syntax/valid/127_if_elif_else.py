x = 5
if x < 0:
    s = "negative"
elif x == 0:
    s = "zero"
elif x < 10:
    s = "small"
else:
    s = "large"
if x:
    pass
if x: pass
else: pass
print(s)
