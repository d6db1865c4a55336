# The Sniffer's guesses over generated samples: delimiters, quotes, ragged rows,
# restricted delimiter sets and has_header's vote.
import csv
import random

rng = random.Random(7)
pieces = ['a', 'b', '1', '2', ' ', '"', "'", ',', ';', '\t', ':', '|', 'x', '3.5', '-']
samples = []
for _ in range(120):
    delim = rng.choice([',', ';', '\t', ':', '|', ' ', ', '])
    quote = rng.choice(['"', "'", ''])
    width = rng.randint(1, 5)
    lines = []
    for _ in range(rng.randint(0, 25)):
        cols = []
        for _ in range(width if rng.random() < 0.9 else rng.randint(1, 6)):
            v = ''.join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
            if quote and rng.random() < 0.3:
                v = quote + v + quote
            cols.append(v)
        lines.append(delim.join(cols))
    samples.append('\n'.join(lines) + rng.choice(['', '\n']))

sniffer = csv.Sniffer()
for i, sample in enumerate(samples):
    try:
        d = sniffer.sniff(sample)
        guess = (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace)
    except csv.Error as e:
        guess = ('Error', str(e))
    try:
        header = sniffer.has_header(sample)
    except Exception as e:
        header = type(e).__name__
    restricted = []
    for allowed in [",;", "\t"]:
        try:
            restricted.append(sniffer.sniff(sample, allowed).delimiter)
        except csv.Error:
            restricted.append('Error')
    print(i, guess, header, restricted)
