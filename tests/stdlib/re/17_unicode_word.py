# Unicode categories behind \w, \d, \s (str patterns) versus ASCII and bytes.
import re

samples = ["é", "ß", "Ω", "中", "٣", "²", "½", "_", "-", "\u0301", "\u00a0", "\u2003", "ǅ", "Ⅻ", "𝔘"]
for c in samples:
    row = []
    for esc in (r"\w", r"\d", r"\s"):
        row.append(bool(re.match(esc, c)))
        row.append(bool(re.match(esc, c, re.A)))
    print(ascii(c), row)
print(re.findall(r"\w+", "Zürich, Köln, Москва, 東京"))
print(re.findall(r"\w+", "Zürich, Köln, Москва, 東京", re.A))
print(re.findall(rb"\w+", "Zürich".encode()))
print(re.findall(r"[^\W\d_]+", "abc_éé12ω"))
print(re.sub(r"\W+", " ", "naïve—café; résumé").split())
