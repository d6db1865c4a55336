import operator

items = ["red", "green", "blue"]
for color in ["blue", "red"]:
    print(color, operator.indexOf(items, color))
print(operator.countOf(items, "purple"))
print(operator.indexOf(items, "purple"))
print("not reached")
