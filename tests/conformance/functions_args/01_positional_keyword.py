def describe(name, age, city="Paris"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe("Bob", 25, "Rome"))
print(describe(age=40, name="Cy"))
print(describe("Di", city="Oslo", age=22))
args = ("Ed", 50)
kwargs = {"city": "Lima"}
print(describe(*args, **kwargs))
print(describe(*["Flo"], **{"age": 1}))
