import tempfile

s = tempfile.SpooledTemporaryFile(max_size=100, mode='w+')
s.write('hello ')
s.write('world')
print(s.tell(), s._rolled)
s.seek(0)
print(s.read(), s.closed, s.mode)
s.seek(0)
print(s.readline(), s.name)
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(mode='w+') as t:
    t.writelines(['a\n', 'b\n'])
    t.seek(0)
    print(t.readlines(), list(iter(t)))
b = tempfile.SpooledTemporaryFile(10)
b.write(b'12345')
print(b.tell(), b._rolled, b.mode)
b.seek(0)
print(b.read())
try:
    with b:
        pass
    with b:
        pass
except ValueError as e:
    print('ValueError', e)
print(tempfile.SpooledTemporaryFile[str])
