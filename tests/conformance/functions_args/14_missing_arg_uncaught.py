def greet(greeting, name):
    print(greeting + ", " + name)
greet("Hello", "Ann")
greet(name="Bob", greeting="Hey")
greet(*["Yo", "Cy"])
greet("Hi")
print("unreachable")
