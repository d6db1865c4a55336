from collections import ChainMap

cm = ChainMap({"a": 1}, {"b": 2})
print(cm["b"])
del cm["a"]
print(cm)
try:
    cm.pop("b")
except KeyError as e:
    print("caught", e)
cm = cm.new_child({"b": "front"})
del cm["b"]
print(cm, cm["b"])
print(cm.parents)
print("uncaught next")
del cm["b"]
print("not reached")
