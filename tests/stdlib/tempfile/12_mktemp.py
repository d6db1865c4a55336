import os
import tempfile

n = tempfile.mktemp(dir='.')
print(n.startswith('./tmp'), len(os.path.basename(n)), os.path.exists(n))
m = tempfile.mktemp(suffix='.x', prefix='q', dir='sub')
print(m.startswith('sub/q'), m.endswith('.x'), len(os.path.basename(m)))
print(os.path.isabs(tempfile.mktemp()))
print(len({tempfile.mktemp(dir='.') for _ in range(50)}))
