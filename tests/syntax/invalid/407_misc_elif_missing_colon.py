x = 1
if x:
    pass
elif x > 1
    pass
