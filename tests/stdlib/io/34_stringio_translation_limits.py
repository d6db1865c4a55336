# Newline translation that changes a write's length in code points (non-ASCII text with
# '\r\n' under newline=None), and writes after seeking far past the end.
import io

s = io.StringIO(newline=None)
s.write('x')
print(s.write('é\r\n'), s.tell(), repr(s.getvalue()))
v = s.getvalue()
print(len(v), v.startswith('x', 2), v.startswith('\n', 2))
s.seek(2)
print(repr(s.read(1)), s.tell())
print(list(io.StringIO('é\r\nü\r\r\nend', newline=None)))
print(io.StringIO('é\r\n', newline=None).readlines())
t = io.StringIO(newline='')
t.write('aé\r\nb\rc\n')
t.seek(0)
print(list(t), t.newlines)
for pos in [2 ** 63 - 1, 2 ** 62]:
    big = io.StringIO()
    big.seek(pos)
    try:
        big.write('x')
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
    print(big.tell() == pos, big.getvalue() == '')
