ba = bytearray(b'abc')
m = memoryview(ba)
for name, op in [('append', lambda: ba.append(1)), ('extend', lambda: ba.extend(b'x')),
                 ('pop', lambda: ba.pop()), ('clear', lambda: ba.clear()),
                 ('iadd', lambda: ba.__iadd__(b'z')), ('delitem', lambda: ba.__delitem__(0)),
                 ('slice-grow', lambda: ba.__setitem__(slice(0, 1), b'12')),
                 ('insert', lambda: ba.insert(0, 1)), ('remove', lambda: ba.remove(97))]:
    try:
        op()
        print(name, 'ok', ba)
    except BufferError as e:
        print(name, type(e).__name__, e)
ba[0:1] = b'Q'
print(ba, m.tobytes())
s = m[1:]
m.release()
try:
    ba.append(1)
except BufferError as e:
    print('still exported', type(e).__name__, e)
s.release()
ba.append(100)
print(ba)
