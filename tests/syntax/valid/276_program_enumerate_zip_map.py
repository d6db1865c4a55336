names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (name, age) in enumerate(zip(names, ages), start=1):
    print(f"{i}. {name.title():<5} {age:>3}")
oldest = max(zip(ages, names))[1]
upper = list(map(str.upper, names))
adults = list(filter(lambda a: a >= 30, ages))
print(oldest, upper, adults, dict(zip(names, ages)))
