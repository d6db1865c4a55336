import json

enc = json.JSONEncoder()
print(enc.encode([1, "a", None]))
print(enc.encode("plain"), enc.encode(3), enc.encode(None), enc.encode(2.5))
print(enc.encode({"k": [True, False]}))
print(list(enc.iterencode([1, "a", None])))
print(list(enc.iterencode({"k": [True, False]})))
print(list(enc.iterencode("s")))
print(list(enc.iterencode(7)))
print(list(enc.iterencode([])))
print(list(enc.iterencode({})))
print(list(enc.iterencode([[1], {"a": {}}])))
print(list(enc.iterencode({"a": 1, "b": [2, 3]})))
it = enc.iterencode([1, 2])
print(type(it).__name__, next(it), next(it))
print("".join(enc.iterencode({"x": [1.5, -0.0]})) == enc.encode({"x": [1.5, -0.0]}))
# encode of a plain str short-circuits
print(json.JSONEncoder(ensure_ascii=False).encode("\u00e9").encode())
# iterencode is lazy: an error comes only when reached
it = enc.iterencode([1, {2}])
print(next(it), next(it))
try:
    next(it)
except TypeError as e:
    print(type(e).__name__, e)
print(list(enc.iterencode([1, 2], _one_shot=True)))
