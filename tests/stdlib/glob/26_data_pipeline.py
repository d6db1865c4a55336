# A notebook-style pipeline: write partitioned CSV files under dated folders, select
# partitions with glob patterns, read and aggregate them, then clean up.
import csv
import glob
import os
import shutil

for day in ['2024-01-01', '2024-01-02', '2024-02-01']:
    for region in ['eu', 'us']:
        d = os.path.join('lake', 'date=' + day, 'region=' + region)
        os.makedirs(d)
        with open(os.path.join(d, 'part-0.csv'), 'w', newline='') as f:
            w = csv.writer(f)
            w.writerow(['item', 'qty'])
            w.writerow(['apple', len(day) + len(region)])
            w.writerow(['pear', int(day[-1]) * 10])
with open('lake/_SUCCESS', 'w') as f:
    f.write('')
january = sorted(glob.glob('lake/date=2024-01-*/region=*/*.csv'))
print(len(january), january[0])
eu = sorted(glob.glob('lake/*/region=eu/part-*.csv'))
print([p.split('/')[1] for p in eu])
total = {}
for path in sorted(glob.glob('lake/**/*.csv', recursive=True)):
    parts = dict(seg.split('=') for seg in path.split('/')[1:3])
    with open(path, newline='') as f:
        for row in csv.DictReader(f):
            key = (parts['date'][:7], row['item'])
            total[key] = total.get(key, 0) + int(row['qty'])
for k in sorted(total):
    print(k, total[k])
print(sorted(glob.glob('lake/*')), glob.glob('lake/_*'))
print(sorted({os.path.basename(os.path.dirname(p)) for p in glob.glob('lake/*/*/')}))
shutil.rmtree('lake')
print(glob.glob('lake/**', recursive=True), os.listdir('.'))
