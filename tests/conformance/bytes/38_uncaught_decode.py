# decode records until one is invalid UTF-8 (uncaught UnicodeDecodeError)
records = [b'alpha', 'b\xe9ta'.encode('utf-8'), b'gamma', b'del\xfata', b'never']
print(len(records), records)
print(b'del\xfata'.decode('utf-8', 'replace'))
print(b'del\xfata'.decode('latin-1'))
total = 0
for rec in records:
    print(len(rec), rec)
    text = rec.decode('utf-8')
    total += len(text)
    print('  ->', text, len(text), total)
print('not reached')
