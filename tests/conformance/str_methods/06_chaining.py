raw = "  Alice, BOB ,charlie , dave  "
names = [n.strip().capitalize() for n in raw.split(",")]
print(names)
print(", ".join(sorted(names, key=str.lower)))
print([n for n in names if n.lower().startswith(("a", "d"))])
line = "key1=val1;key2=val2;;key3=val3"
pairs = dict(p.split("=") for p in line.split(";") if p)
print(pairs)
sentence = "The cat sat on the mat"
print(sentence.lower().count("the"), sentence.upper().replace("AT", "@"))
print(" ".join(w[::-1] for w in sentence.split()))
