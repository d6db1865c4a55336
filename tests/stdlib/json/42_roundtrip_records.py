import json

records = [
    {"id": 1, "name": "Ada", "score": 91.5, "tags": ["math", "engines"], "active": True,
     "meta": {"joined": "1843-01-01", "notes": None}},
    {"id": 2, "name": "Grace", "score": 88.25, "tags": [], "active": False,
     "meta": {"joined": "1906-12-09", "notes": "COBOL\n\"compiler\""}},
    {"id": 3, "name": "Al-Khw\u0101rizm\u012b", "score": -0.0, "tags": ["algebra"],
     "active": True, "meta": {"joined": None, "notes": "\u0627\u0644\u062c\u0628\u0631"}},
    {"id": 4, "name": "Big", "score": 1e16, "tags": ["x"] * 3, "active": None,
     "meta": {"count": 2 ** 70, "ratio": 1 / 3}},
]
for kw in [{}, {"indent": 2}, {"sort_keys": True}, {"separators": (",", ":")},
           {"ensure_ascii": False}, {"indent": "\t", "sort_keys": True}]:
    s = json.dumps(records, **kw)
    back = json.loads(s)
    print(sorted(kw), len(s), back == records, json.dumps(back, **kw) == s)
s = json.dumps(records, indent=1)
print(s[:200])
back = json.loads(s)
print([r["name"] for r in back] == [r["name"] for r in records])
print(back[3]["meta"]["count"], back[3]["meta"]["ratio"])
print(sum(r["score"] for r in back))
print(json.dumps([list(r) for r in back]))
# a table layout: one JSON document per line
lines = [json.dumps(r, sort_keys=True) for r in records]
print(lines[1])
print([json.loads(line)["id"] for line in lines])
