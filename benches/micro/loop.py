# A bare for loop over range (the cost every other program includes), 200,000 times.
for i in range(200000):
    pass
