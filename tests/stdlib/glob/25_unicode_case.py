# Matching is exact on code points: composed and decomposed accents are different names,
# case differs (on POSIX), and character classes work with non-ASCII ranges.
import glob
import os

composed = 'caf\u00e9.txt'
decomposed = 'cafe\u0301.txt'
names = [composed, decomposed, 'Straße.txt', 'STRASSE.txt', 'Ωmega.txt', 'ωmega.txt', 'αβγ.txt']
for n in names:
    with open(n, 'w') as f:
        f.write(n)
print(len(composed), len(decomposed), composed == decomposed)
print([ascii(n) for n in sorted(glob.glob('caf*'))])
print([ascii(n) for n in glob.glob(composed)], [ascii(n) for n in glob.glob(decomposed)])
print([ascii(n) for n in glob.glob('caf?.txt')], [ascii(n) for n in glob.glob('caf??.txt')])
for pat in ['Stra*', 'STRA*', '[Ωω]mega.txt', 'ω*', '[α-γ]*', '[α-γ][α-γ][α-γ].txt', '*ß*',
            '[!a-zA-Z]*']:
    print(pat, sorted(glob.glob(pat)))
print(sorted(glob.glob(os.fsencode('Stra') + b'*')), glob.escape('Ω[1]'))
for n in names:
    os.remove(n)
print(glob.glob('*'))
