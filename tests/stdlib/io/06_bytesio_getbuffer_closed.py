import io

c = io.BytesIO(b"data")
c.close()
print(c.closed)
for name in ("read", "read1", "readline", "readlines", "getvalue", "getbuffer",
             "tell", "truncate", "readable", "writable", "seekable", "isatty", "flush"):
    try:
        print(name, repr(getattr(c, name)()))
    except Exception as e:
        print(name, type(e).__name__, e)
for name, args in (("write", (b"x",)), ("seek", (0,)), ("writelines", ([b"x"],))):
    try:
        print(name, repr(getattr(c, name)(*args)))
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    next(iter(c))
except ValueError as e:
    print("iter", type(e).__name__, e)
try:
    io.BytesIO().fileno()
except Exception as e:
    print(type(e).__name__, e, isinstance(e, OSError))

b = io.BytesIO(b"hello world")
view = b.getbuffer()
print(type(view).__name__, len(view), bytes(view[:5]), view.readonly, view.format)
view[0] = ord("J")
print(b.getvalue())
for op in ("write", "truncate", "close", "seek"):
    try:
        if op == "write":
            b.seek(0, 2)
            b.write(b"!")
        elif op == "truncate":
            b.truncate(3)
        elif op == "close":
            b.close()
        else:
            print("seek ok", b.seek(0))
            continue
        print(op, "ok")
    except BufferError as e:
        print(op, type(e).__name__, e)
print(view[0], b.read(5))
view.release()
b.seek(0)
print(b.write(b"Y"), b.getvalue())
b.seek(0, 2)
b.write(b"++")
print(b.getvalue(), b.truncate(3), b.getvalue())
with b.getbuffer() as v2:
    print(bytes(v2))
b.close()
print(b.closed)
