# With nothing on standard input (the corpus runs programs with an empty stdin), reads
# return empty results and input() raises EOFError.
import sys

print(type(sys.stdin).__name__ in ('TextIOWrapper', 'StringIO') or type(sys.stdin).__name__)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.isatty())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(list(sys.stdin), repr(sys.stdin.read(10)))
try:
    input()
except EOFError as e:
    print('EOFError', repr(str(e)))
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError', e)
print(sys.stdin.encoding, sys.stdin.fileno() == 0, sys.stdin.name)
print(sys.__stdin__ is sys.stdin, repr(sys.stdin.buffer.read()))
lines = [line.rstrip('\n') for line in sys.stdin]
total = sum(int(x) for x in lines if x.strip())
print(lines, total)
try:
    sys.stdin.write('x')
except Exception as e:
    print(type(e).__name__, e)
