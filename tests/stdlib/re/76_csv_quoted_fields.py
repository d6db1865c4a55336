# Splitting CSV-like lines with quoted fields by regex, and parsing key="value" pairs.
import re

FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)')

def fields(line):
    out = []
    pos = 0
    while pos <= len(line):
        m = FIELD.match(line, pos)
        if m is None or m.end() == pos and pos == len(line) and out:
            break
        quoted, plain = m.groups()
        out.append(quoted.replace('""', '"') if quoted is not None else plain)
        if m.end() == len(line) and not line.endswith(","):
            break
        pos = m.end()
    return out

for line in ['a,b,c', '"x, y",z', ' spaced , "q ""uote""" ,last', 'one', '', 'a,,b', 'trail,']:
    print(repr(line), fields(line))

attrs = 'id=7 name="Ann Lee" tags="a,b" empty="" flag'
print(re.findall(r'(\w+)(?:=(?:"([^"]*)"|(\S+)))?', attrs))
print({k: (q or u) for k, q, u in re.findall(r'(\w+)(?:=(?:"([^"]*)"|(\S+)))?', attrs)})
print(re.findall(r"'[^'\\]*(?:\\.[^'\\]*)*'", r"'a' 'b\'c' 'd\\' 'e"))
