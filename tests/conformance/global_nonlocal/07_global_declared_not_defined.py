def reader():
    global config
    return config
def writer():
    global config
    config = {"mode": "fast"}
try:
    reader()
except NameError as e:
    print(type(e).__name__, e)
writer()
print(reader())
def deleter():
    global config
    del config
deleter()
try:
    print(config)
except NameError as e:
    print(type(e).__name__, e)
