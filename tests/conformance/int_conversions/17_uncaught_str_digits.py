# Printing an int with more than 4300 digits: uncaught ValueError.
n = 1
for i in range(1, 2000):
    n *= i
print(n % 1000003)
print(len(hex(n)) > 100)
print(n)
