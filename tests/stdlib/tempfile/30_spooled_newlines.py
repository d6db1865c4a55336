# SpooledTemporaryFile.newlines in text mode: the kinds of line endings read so far (None
# before any), in memory and after rolling over to a real file.
import tempfile

for roll in [False, True]:
    s = tempfile.SpooledTemporaryFile(max_size=1000, mode='w+', newline=None)
    print(repr(s.newlines))
    s.write('unix\n')
    if roll:
        s.rollover()
    s.seek(0)
    s.read()
    print(roll, repr(s.newlines))
    s.close()
t = tempfile.SpooledTemporaryFile(max_size=1000, mode='w+', newline=None)
t.write('a\r\nb\rc\n')
t.seek(0)
print(repr(t.read()), t.newlines)
t.close()
