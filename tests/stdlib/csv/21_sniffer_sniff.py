import csv

s = csv.Sniffer()
print(type(s).__name__, s.preferred)

samples = [
    "a,b,c\n1,2,3\n4,5,6\n",
    "a;b;c\n1;2;3\n4;5;6\n",
    "a\tb\tc\n1\t2\t3\n",
    'name|note\n"Ann"|"x|y"\n"Bob"|"z"\n',
    "'a','b'\n'c','d'\n",
    'x, y, z\n1, 2, 3\n',
    "a:b:c\n1:2:3\n",
]
for sample in samples:
    try:
        d = s.sniff(sample)
    except csv.Error as e:
        print(repr(sample[:12]), type(e).__name__, e)
        continue
    print(repr(sample[:12]), repr(d.delimiter), repr(d.quotechar), d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting)

# restrict delimiters
d = s.sniff("a;b,c\n1;2,3\n", delimiters=";")
print(repr(d.delimiter))
d = s.sniff("a;b,c\n1;2,3\n", delimiters=",")
print(repr(d.delimiter))

# cannot determine
for sample in ["", "abc", "hello world"]:
    try:
        d = s.sniff(sample)
        print(repr(sample), repr(d.delimiter))
    except csv.Error as e:
        print(repr(sample), type(e).__name__, e)

# the sniffed dialect can be used to read
sample = "id;name\n1;Ann\n2;Bob\n"
d = s.sniff(sample)
print(list(csv.reader(sample.splitlines(), d)))
print(d.__name__ if hasattr(d, "__name__") else type(d).__name__, issubclass(d, csv.Dialect))
