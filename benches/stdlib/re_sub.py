# Cleaning lines with re.sub: a template, a callable, and a compiled pattern in a loop.
import re
lines = ["2024-03-%02d  user%d@example.com  GET /index.html 200" % (i % 28 + 1, i) for i in range(20000)]
date = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
out = [date.sub(r"\3/\2/\1", s) for s in lines]
masked = [re.sub(r"[\w.]+@[\w.]+", lambda m: "<" + m.group().split("@")[1] + ">", s) for s in lines[:5000]]
print(out[0], masked[-1], sum(len(s) for s in out))
