# sub with a callable that looks replacements up in a dict (templating, translation).
import re

abbrev = {"btw": "by the way", "imo": "in my opinion", "afaik": "as far as I know"}
rx = re.compile(r"\b(" + "|".join(map(re.escape, sorted(abbrev, key=len, reverse=True))) + r")\b", re.I)
print(rx.pattern)
print(rx.sub(lambda m: abbrev[m.group(1).lower()], "BTW, imo this is fine. Afaik nobody cares. btwx"))

template = "Hello {name}, you owe ${amount}. {unknown} stays. {{literal}}"
values = {"name": "Ann", "amount": "12.50"}
print(re.sub(r"(?<!\{)\{(\w+)\}(?!\})", lambda m: values.get(m.group(1), m.group(0)), template))

table = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
print(re.sub(r'[&<>"]', lambda m: table[m.group()], '<a href="x">Tom & Jerry</a>'))

swaps = {"cat": "dog", "dog": "cat"}
print(re.sub(r"cat|dog", lambda m: swaps[m.group()], "the cat chased the dog; dogs and cats"))

env = {"HOME": "/home/ann", "USER": "ann"}
print(re.sub(r"\$(\w+)|\$\{(\w+)\}", lambda m: env.get(m.group(1) or m.group(2), ""), "$HOME/${USER}/x-$NOPE-"))

counter = iter(range(1, 100))
print(re.sub(r"\?", lambda m: "$%d" % next(counter), "SELECT * FROM t WHERE a = ? AND b = ?"))

def snake(m):
    return "_" + m.group().lower()
print(re.sub(r"[A-Z]", snake, "parseHttpResponseCode").lstrip("_"))

rom = {"I": 1, "V": 5, "X": 10}
print(re.sub(r"\b[IVX]+\b", lambda m: str(sum(rom[c] for c in m.group())), "Chapter XV and VI, not XIV-ish? II"))
