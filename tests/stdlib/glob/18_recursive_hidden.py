# '**' with recursive=True skips hidden files and directories (and does not descend into
# hidden ones) unless include_hidden=True; explicit dot patterns still match.
import glob
import os

for p in ['src/main.py', 'src/.secret.py', '.venv/lib/site.py', 'src/.cache/c.py',
          'docs/.nojekyll', 'docs/index.md', '.gitignore', 'top.py']:
    os.makedirs(os.path.dirname(p) or '.', exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)
for pat in ['**/*.py', '**', '**/', 'src/**', '**/.*', '.*/**', '**/.cache/*', '.venv/**/*.py',
            'src/.*', '*/.*']:
    print(pat)
    print('   ', sorted(glob.glob(pat, recursive=True)))
    print('   ', sorted(glob.glob(pat, recursive=True, include_hidden=True)))
print(sorted(glob.glob('**/*.py')), sorted(glob.glob('*/*.py', include_hidden=True)))
import shutil
for d in ['src', '.venv', 'docs']:
    shutil.rmtree(d)
os.remove('.gitignore')
os.remove('top.py')
print(os.listdir('.'))
