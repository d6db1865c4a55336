# glob's order is the directory's order, not guaranteed: notebooks sort the results,
# lexicographically, naturally (numbers by value), or by modification time.
import glob
import os
import re

for i, n in enumerate([10, 2, 1, 33, 3, 21]):
    name = 'chunk_%d.parquet' % n
    with open(name, 'w') as f:
        f.write(str(n))
    os.utime(name, (1_600_000_000 + 100 * i, 1_600_000_000 + 100 * i))
files = glob.glob('chunk_*.parquet')
print(len(files))
print(sorted(files))


def natural(s):
    return [int(t) if t.isdigit() else t for t in re.split(r'(\d+)', s)]


print(sorted(files, key=natural))
print(sorted(files, key=os.path.getmtime))
print(sorted(files, key=os.path.getmtime, reverse=True)[0])
print(sorted(files, key=lambda p: (len(p), p)))
print(max(files, key=natural), min(files, key=os.path.getsize))
print(sorted(glob.glob('chunk_?.parquet')), sorted(glob.glob('chunk_??.parquet')))
print(sorted(glob.glob('chunk_[0-9].parquet') + glob.glob('chunk_[0-9][0-9].parquet'), key=natural))
print(sorted(set(glob.glob('chunk_*')) - set(glob.glob('chunk_?.*'))))
for p in files:
    os.remove(p)
print(glob.glob('*'))
