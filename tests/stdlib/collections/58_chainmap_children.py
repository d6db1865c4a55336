from collections import ChainMap

base = ChainMap({"a": 1})
child = base.new_child()
print(child, child.maps[1] is base.maps[0], len(child.maps))
child["a"] = 2
print(child["a"], base["a"], child.maps)
given = {"b": 3}
child2 = child.new_child(given)
print(child2.maps[0] is given, child2)
print(child2.parents, child2.parents.parents, child2.parents.parents.parents)
print(type(child2.parents).__name__, child2.parents.maps[0] is child.maps[0])
kw = base.new_child(x=1, y=2)
print(kw)
kw2 = base.new_child({"m": 0}, n=1)
print(kw2, kw2.maps[0])
scope = ChainMap({"builtins": "len"})
scope = scope.new_child({"g": 1})
scope = scope.new_child({"l": 2})
print(scope["builtins"], scope["g"], scope["l"])
scope["g"] = "shadow"
print(scope["g"], scope.parents["g"])
scope = scope.parents
print(scope["g"], "l" in scope)
print(ChainMap().parents, ChainMap({}).new_child().maps)


class Sub(ChainMap):
    pass


s = Sub({"k": 1})
print(type(s.new_child()).__name__, type(s.parents).__name__, s.new_child())

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
combined = ChainMap(cli, env, defaults)
print(combined["color"], combined["user"])
cli["color"] = "blue"
print(combined["color"], dict(combined))
