# Encoding and decoding records.
import json
rows = [{"id": i, "name": f"item{i}", "tags": ["a", "b"], "price": i * 0.5, "ok": i % 2 == 0}
        for i in range(5000)]
text = json.dumps(rows)
back = json.loads(text)
print(len(text), back[-1], json.dumps(back[:2], indent=2, sort_keys=True)[:40])
