def level3(d):
    return d["deep"]
def level2(d):
    return level3(d) + 1
def level1():
    return level2({"shallow": 1})
print("calling level1")
level1()
