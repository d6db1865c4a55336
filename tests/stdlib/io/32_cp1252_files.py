# Text files in cp1252: writing, reading, positions, undefined bytes under each error handler.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'c.txt')
with open(p, 'w', encoding='cp1252') as f:
    print(f.write('café € “quoted” Ÿ\nline two\r\nend'), f.encoding, f.tell())
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='cp1252', newline='') as f:
    print(f.readline(), f.tell(), repr(f.read(3)), f.tell())
    f.seek(0)
    print(f.readlines())
with open(p, 'wb') as f:
    f.write(b'ok\x81bad\n')
for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
    try:
        with open(p, encoding='cp1252', errors=errors) as f:
            print(errors, repr(f.read()))
    except UnicodeDecodeError as e:
        print(errors, e)
try:
    with open(p, 'w', encoding='cp1252') as f:
        f.write('Ā')
except UnicodeEncodeError as e:
    print(e)
os.remove(p); os.rmdir(d)
