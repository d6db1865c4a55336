# Extracting numbers, emails, URLs, dates and phone numbers from text.
import re

text = """Contact: alice.smith+tag@example.co.uk, bob@test.org; not-an-email@, @nope.com
Prices: $1,234.56, -7.5, +3, 1e-3, .5, 42. and 0x1F; ratio 3/4; version 1.2.3
Visit https://www.python.org/downloads/?v=3.11#top or http://example.com.
Dates: 2024-03-15, 15/03/2024, March 5, 2024. Phone: (555) 123-4567, 555.987.6543
"""
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
print(EMAIL.findall(text))
print(re.findall(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?", "x 12 -3.5")[:6])
NUM = re.compile(r"(?<![\w.])[-+]?(?:\d+(?:,\d{3})*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")
print(NUM.findall(text))
print([float(n.replace(",", "")) for n in NUM.findall(text)][:5])
print(re.findall(r"https?://[^\s,]+?(?=[.,]?(?:\s|$))", text))
print(re.findall(r"\b\d{4}-\d{2}-\d{2}\b", text))
print(re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text))
print(re.findall(r"\(?\b\d{3}\)?[-. ]?\d{3}[-.]\d{4}\b", text))
print(re.findall(r"\b0x[0-9A-Fa-f]+\b", text))
print(re.findall(r"\b\d+(?:\.\d+){2,}\b", text))
print(re.findall(r"\$\d[\d,]*(?:\.\d\d)?", text))
ints = [int(x) for x in re.findall(r"-?\b\d+\b", "10 apples, -3 pears, 7.5 kg")]
print(ints, sum(ints))
print(re.sub(r"(?<=\w)[\w.+-]*(?=@)", "***", "alice@example.com bob.jones@x.org"))
