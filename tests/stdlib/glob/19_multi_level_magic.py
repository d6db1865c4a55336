# Patterns with wildcards in several components: each level is matched against the
# directory entries, directories only where more components follow.
import glob
import os

for p in ['exp1/run_a/metrics.json', 'exp1/run_b/metrics.json', 'exp1/run_b/model.pt',
          'exp2/run_a/metrics.json', 'exp2/notes.txt', 'exp10/run_z/metrics.json',
          'other/run_a/metrics.json', 'exp3/run_c']:
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)
for pat in ['exp*/run_*/metrics.json', 'exp?/run_?/*', 'exp*/*', 'exp*/*/', '*/run_a/*',
            'exp[12]/run_[ab]/*.json', 'exp*/run_*', '*/*/*.pt', 'exp3/run_c/*', 'exp3/*/',
            'exp*/notes.txt/*', '*1*/*/*', 'exp1/*/metrics.*']:
    print(pat, sorted(glob.glob(pat)))
by_exp = {}
for path in sorted(glob.glob('exp*/run_*/metrics.json')):
    exp = path.split(os.sep)[0]
    by_exp.setdefault(exp, []).append(path.split(os.sep)[1])
print(by_exp)
import shutil
for d in ['exp1', 'exp2', 'exp10', 'exp3', 'other']:
    shutil.rmtree(d)
print(os.listdir('.'))
