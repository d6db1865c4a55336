# Writing to a file opened for reading, reading one opened for writing.
with open('data.txt', 'w') as f:
    f.write('hello\n')
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
with open('data.txt') as f:
    try:
        f.write('more')
    except Exception as e:
        print(type(e).__name__, e)
    print(repr(f.read()))
with open('data.txt', 'a') as f:
    try:
        f.readline()
    except OSError as e:
        print('is an OSError:', type(e).__name__, e)
f = open('data.txt')
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    open('missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open('data.txt', 'q')
except ValueError as e:
    print(type(e).__name__, e)
