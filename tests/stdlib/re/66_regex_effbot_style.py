# Patterns in the style of the effbot regex benchmark: literal, alternation, backrefs, greedy dots.
import re

patterns = [
    "Python|Perl", "Python|Perl|Tcl", "(Python|Perl)", "(?:Python|Perl)", "Python", ".*Python",
    ".*Python.*", ".*(Python)", ".*(?:Python)", "(Python)\\1", "([0a-z][a-z0-9]*,)+",
    "(?:[0a-z][a-z0-9]*,)+", "([a-z][a-z0-9]*,)+", "(?:[a-z][a-z0-9]*,)+", ".*P.*y.*t.*h.*o.*n.*",
]
def subjects(n):
    x = "-" * n
    return [x + "Python" + x, x + "Perl" + x, x + "Tcl" + x, "PythonPython" + x,
            "a5,b7,c9,", "a5,b7,c9" + x, x + "P y t h o n" + x]
for pat in patterns:
    rx = re.compile(pat)
    row = []
    for s in subjects(12):
        m = rx.search(s)
        row.append(m.span() if m else None)
    print(f"{pat:26} {row}")
for pat in patterns:
    rx = re.compile(pat, re.I)
    print(pat, [bool(rx.match(s)) for s in subjects(3)], [len(rx.findall(s)) for s in subjects(3)])
text = ("-" * 50 + "Python") * 20
print(len(re.findall("Python", text)), re.search(".*Python", text).end())
print(re.subn("P(y)thon", r"<\1>", text)[1])
