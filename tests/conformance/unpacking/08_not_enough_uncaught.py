line = "alice 30"
parts = line.split()
print(parts)
name, age = parts
print(name, int(age) + 1)
name, age, city = line.split()
print(name)
