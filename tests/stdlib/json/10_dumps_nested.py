import json

data = {
    "name": "widget",
    "tags": ["a", "b", ("c", "d")],
    "dims": {"w": 1.5, "h": 2, "d": None},
    "flags": [True, False, None],
    "matrix": [[1, 2], [3, 4], []],
    "empty": {},
    "deep": {"l1": {"l2": {"l3": [{"l4": "bottom"}]}}},
}
s = json.dumps(data)
print(s)
print(len(s))
back = json.loads(s)
print(back["tags"], back["deep"]["l1"]["l2"]["l3"][0]["l4"])
print(back == data)
data["tags"][2] = ["c", "d"]
print(back == data)
print(json.dumps([{"a": [{"b": [{}]}]}]))
print(json.dumps({"x": [1, {"y": [2, {"z": [3]}]}]}))
# the same sub-object twice is fine (not circular)
shared = [1, 2]
print(json.dumps({"p": shared, "q": shared, "r": [shared, shared]}))
