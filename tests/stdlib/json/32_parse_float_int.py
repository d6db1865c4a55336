import json

print(json.loads("[1.5, 2, 3e2]", parse_float=str))
print(json.loads("[1.5, 2, 3e2]", parse_int=str))
print(json.loads("[1.10, 2.50]", parse_float=lambda s: ("F", s)))
print(json.loads('{"a": 10, "b": -0}', parse_int=lambda s: int(s) * 2))
print(json.loads("[1.0, 1]", parse_float=float, parse_int=float))
print(json.loads("1e5", parse_float=str), json.loads("100", parse_int=str))
print(json.loads("-12.5E-3", parse_float=str))
print(json.loads("123456789012345678901234567890", parse_int=len))
print(json.loads("0.1000000000000000000001", parse_float=str))
# NaN / Infinity do not go through parse_float
print(json.loads("[NaN, 1.0]", parse_float=str))
# parse_int is only for integers without fraction or exponent
seen = []
json.loads("[1, 2.0, 3e0, -4]", parse_int=lambda s: seen.append(s) or 0)
print(seen)
try:
    json.loads("[1.5]", parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
dec = json.JSONDecoder(parse_float=str, parse_int=str)
print(dec.decode('{"x": [1, 2.5]}'))
print(dec.parse_float is str, json.JSONDecoder().parse_float is float, json.JSONDecoder().parse_int is int)
