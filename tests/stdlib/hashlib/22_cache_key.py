import hashlib, json
cache = {}
calls = []
def expensive(params):
    key = hashlib.sha256(json.dumps(params, sort_keys=True).encode()).hexdigest()
    if key in cache:
        return cache[key]
    calls.append(key[:12])
    result = sum(params.get("xs", [])) * params.get("k", 1)
    cache[key] = result
    return result
print(expensive({"xs": [1, 2, 3], "k": 2}))
print(expensive({"k": 2, "xs": [1, 2, 3]}))
print(expensive({"xs": [1, 2], "k": 2}))
print(calls)
