import base64
import io

for n in [0, 1, 56, 57, 58, 200]:
    data = bytes((i * 29 + 7) % 256 for i in range(n))
    src = io.BytesIO(data)
    dst = io.BytesIO()
    base64.encode(src, dst)
    text = dst.getvalue()
    print(n, len(text), text[:30], text == base64.encodebytes(data))
    back = io.BytesIO()
    base64.decode(io.BytesIO(text), back)
    print(back.getvalue() == data)


class Trickle:
    """A file that returns at most 5 bytes per read."""

    def __init__(self, data):
        self.data = data

    def read(self, n):
        chunk, self.data = self.data[:min(n, 5)], self.data[min(n, 5):]
        return chunk


out = io.BytesIO()
base64.encode(Trickle(b"0123456789" * 10), out)
print(out.getvalue())
out = io.BytesIO()
base64.decode(io.BytesIO(b"MDEy\nMzQ1\n\nNjc4OQ==\n"), out)
print(out.getvalue())
try:
    base64.decode(io.BytesIO(b"MDE\n"), io.BytesIO())
except Exception as e:
    print(type(e).__name__, e)
