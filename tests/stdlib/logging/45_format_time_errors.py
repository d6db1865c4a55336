# Format errors when validation is off, found only when a record is formatted.
import logging

r = logging.LogRecord('fe', 20, 'f.py', 3, 'text', (), None)
cases = [('{message', '{'), ('{message!z}', '{'), ('{0}', '{'), ('{message:d}', '{'), ('{levelno:s}', '{'),
         ('%(message)d', '%'), ('%(message)', '%'), ('%(levelno)s %', '%'), ('%(levelno)s%s', '%'),
         ('$message $1', '$'), ('${message', '$'), ('$nothere', '$'), ('', '{'), ('', '$')]
for fmt, style in cases:
    f = logging.Formatter(fmt, style=style, validate=False)
    try:
        print(repr(fmt), style, repr(f.format(r)))
    except Exception as e:
        print(repr(fmt), style, type(e).__name__, e)
f = logging.Formatter('{message}', style='{', defaults={'message': 'never used'})
print(f.format(r))
f = logging.Formatter('%(x)s', defaults={'x': 'from defaults'})
print(f.format(r))
f = logging.Formatter('%(x)s %(y)s', defaults={'x': 1})
try:
    f.format(r)
except ValueError as e:
    print(type(e).__name__, e)
f = logging.Formatter('%(x)s', defaults={})
try:
    f.format(r)
except ValueError as e:
    print(type(e).__name__, e)
