n = 5
while n > 0:
    n -= 1
    if n == 10:
        break
else:
    print("finished without break")
while False:
    pass
else:
    pass
