import json

d = {"b": 1, "a": 2, "c": {"z": 1, "y": 2}, "A": 3, "_": 4, "10": 5, "9": 6}
print(json.dumps(d))
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=1))
# int keys sort as ints
print(json.dumps({10: "a", 9: "b", -1: "c", 100: "d"}, sort_keys=True))
# float keys sort numerically
print(json.dumps({2.5: 0, 1.5: 0, -3.0: 0}, sort_keys=True))
# int and float mix fine
print(json.dumps({2: 0, 1.5: 0, 3: 0}, sort_keys=True))
# bool and int mix fine (True == 1)
print(json.dumps({True: "t", 0: "z", 2: "two"}, sort_keys=True))
# unicode order is by code point
print(json.dumps({"\u00e9": 1, "z": 2, "Z": 3, "\u00c9": 4}, sort_keys=True))
# nested dicts inside lists are sorted too
print(json.dumps([{"b": 1, "a": 2}, {"d": {"f": 1, "e": 2}}], sort_keys=True))
# iterencode path
print("".join(json.JSONEncoder(sort_keys=True).iterencode({"y": 1, "x": 2})))
print(json.JSONEncoder(sort_keys=True).sort_keys, json.JSONEncoder().sort_keys)
