# A class deriving from io.TextIOWrapper works over any buffer, as in CPython.
import io


class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())

    def extra(self):
        return 'extra'


raw = io.BytesIO()
u = Upper(raw, encoding='utf-16-le', newline='\n')
print(u.write('hello\nworld'), u.encoding, u.closed, u.extra(), isinstance(u, io.TextIOWrapper))
u.flush()
print(raw.getvalue())
u.seek(0)
print(repr(u.read()))
print(type(u).__name__, [c.__name__ for c in type(u).__mro__][:2])
u.close()
print(u.closed, raw.closed)
