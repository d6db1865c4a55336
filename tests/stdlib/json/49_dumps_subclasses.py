import json


class D(dict):
    def items(self):
        return [("overridden", True)]


class L(list):
    def __iter__(self):
        return iter(["overridden"])


class S(str):
    def __str__(self):
        return "overridden"


class F(float):
    def __str__(self):
        return "overridden"


class I(int):
    def __str__(self):
        return "overridden"


d = D(a=1, b=2)
print(json.dumps(d))
print(json.dumps(d, sort_keys=True))
print(json.dumps(L([1, 2])))
print(json.dumps(S("text")))
print(json.dumps([F(1.5), I(3)]))
print(json.dumps({"nested": [D(x=1), L([0])]}, indent=1))
print("".join(json.JSONEncoder().iterencode([D(z=0), L([9])])))
print(json.dumps(True), json.dumps(I(1)))
