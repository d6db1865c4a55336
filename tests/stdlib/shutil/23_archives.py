# make_archive / unpack_archive with the uncompressed tar and zip formats, and the registry of
# archive formats.
import os
import shutil

print(type(shutil.get_archive_formats()).__name__, 'tar' in dict(shutil.get_archive_formats()))
print(dict(shutil.get_archive_formats())['tar'], dict(shutil.get_archive_formats())['zip'])
print(sorted(n for n, exts, desc in shutil.get_unpack_formats() if n in ('tar', 'zip')))
os.makedirs('src/sub')
for p, t in [('src/a.txt', 'A' * 50), ('src/sub/b.txt', 'B')]:
    with open(p, 'w') as f:
        f.write(t)
for fmt in ['tar', 'zip']:
    name = shutil.make_archive('bundle', fmt, root_dir='src')
    print(fmt, os.path.basename(name), os.path.isfile(name))
    out = 'unpacked_' + fmt
    print(shutil.unpack_archive(name, out))
    found = sorted(os.path.relpath(os.path.join(r, n), out)
                   for r, ds, fs in os.walk(out) for n in fs)
    with open(os.path.join(out, 'sub', 'b.txt')) as f:
        print(found, f.read())
    shutil.rmtree(out)
    os.remove(name)
for args, kw in [(('x', 'rar'), {'root_dir': 'src'}), (('missing.tar',), {}),
                 (('src/a.txt',), {}), (('src/a.txt', 'o', 'nope'), {})]:
    try:
        if len(args) == 2:
            shutil.make_archive(*args, **kw)
        else:
            shutil.unpack_archive(*args, **kw)
    except (ValueError, shutil.ReadError, OSError) as e:
        print(type(e).__name__, e)
shutil.rmtree('src')
print(sorted(os.listdir('.')))
