import hashlib
for s in ["", "héllo", "日本語", "emoji \U0001F600", "a\x00b"]:
    print(repr(s), hashlib.md5(s.encode()).hexdigest(), hashlib.sha256(s.encode("utf-8")).hexdigest()[:16])
