import glob
import os

for p in ['.hid', 'vis', '.hdir/x', 'dir/.y', 'dir/z']:
    os.makedirs(os.path.dirname(p) or '.', exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)
for pat in ['*', '.*', '?hid', '[.]hid', '.h*', '*/*', 'dir/*', 'dir/.*', '.hdir/*', '*/.y']:
    print(repr(pat), sorted(glob.glob(pat)), sorted(glob.glob(pat, include_hidden=True)))
print(sorted(glob.glob('**', recursive=True)))
print(sorted(glob.glob('**', recursive=True, include_hidden=True)))
print(sorted(glob.glob('**/*', recursive=True, include_hidden=True)))
