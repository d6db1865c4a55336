x = 3
if x == 1: y = "one"
elif x == 2: y = "two"
elif x == 3: y = "three"
else: y = "many"
if x: a = 1;
print(y, a)
