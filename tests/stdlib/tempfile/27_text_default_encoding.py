# The text-mode temporary files use the locale encoding when none is given (UTF-8 here, as
# python3 -X utf8 runs); an explicit encoding is reported as given and decides the bytes.
import os
import tempfile

with tempfile.NamedTemporaryFile('w+', dir='.') as f:
    print(f.encoding, f.errors)
    f.write('naïve €')
    f.flush()
    with open(f.name, 'rb') as raw:
        print(raw.read())
with tempfile.TemporaryFile('w+', dir='.') as t:
    print(t.encoding)
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    print(s.encoding)
    s.write('ok')
    s.rollover()
    print(s.encoding)
for enc in ['utf-8', 'UTF-8', 'latin-1', 'ascii']:
    with tempfile.NamedTemporaryFile('w+', encoding=enc, dir='.') as f:
        try:
            f.write('é')
            f.flush()
        except UnicodeEncodeError as e:
            print(enc, 'UnicodeEncodeError', e.reason)
        with open(f.name, 'rb') as raw:
            print(f.encoding, raw.read())
with tempfile.NamedTemporaryFile('w+', encoding='ascii', errors='replace', dir='.') as f:
    f.write('é!')
    f.seek(0)
    print(f.errors, f.read())
with open(os.devnull, 'w') as dn, tempfile.NamedTemporaryFile('w', dir='.') as nt:
    print(dn.encoding == nt.encoding, dn.encoding)
print(os.listdir('.'))
