import io
import shutil

src = io.StringIO('abcdefghij' * 3)
dst = io.StringIO()
shutil.copyfileobj(src, dst)
print(dst.getvalue())
src = io.BytesIO(b'0123456789')
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 3)
print(dst.getvalue())


class Recorder:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)


r = Recorder()
shutil.copyfileobj(io.StringIO('x' * 10), r, length=4)
print(r.chunks)
r = Recorder()
shutil.copyfileobj(io.StringIO(''), r)
print(r.chunks)
with open('f.txt', 'w') as f:
    shutil.copyfileobj(io.StringIO('to a file\n'), f)
with open('f.txt') as f, open('g.txt', 'w') as g:
    shutil.copyfileobj(f, g)
with open('g.txt') as g:
    print(g.read())
