# sys.stdout.write returns the number of characters (not bytes) written, takes only str;
# print and write interleave in order; writelines, flush, encoding.
import sys

n = sys.stdout.write('hello\n')
print(n)
print(sys.stdout.write('naïve €\n'), len('naïve €\n'.encode()))
print(sys.stdout.write(''))
sys.stdout.write('no newline')
sys.stdout.write(' then more\n')
print(sys.stdout.writelines(['a', 'b', '\n']))
print('x', end='')
sys.stdout.write('y')
print('z')
for bad in [1, b'bytes', None, ['list']]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print('TypeError', e)
print(sys.stdout.flush(), sys.stdout.writable(), sys.stdout.readable())
sys.stdout.flush()
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.isatty())
print('to stdout', file=sys.stdout, flush=True)
print(*['a', 'b'], sep='-', file=sys.stdout)
print(sys.stdout.write('\u2603\n'), sys.stdout.write('\U0001F600\n'))
w = sys.stdout.write
print(w('bound method\n'))
