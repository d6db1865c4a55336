# {-style Formatter: formatting, defaults and the validation of fields, conversions and specs.
import logging

r = logging.LogRecord('fmt.brace', logging.INFO, 'dir/file.py', 7, 'msg %s', ('arg',), None, 'fn')
for fmt in [None, '{message}', '{levelname:>8}|{name!r}', '{levelno:05d} {lineno:<4}|',
            '{{literal}} {message}', '{name[0]}{name.__class__.__name__}', '{levelno:{levelno}}|']:
    try:
        f = logging.Formatter(fmt, style='{')
        print(repr(fmt), repr(f._fmt), repr(f.format(r)))
    except (ValueError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)

f = logging.Formatter('{who}: {message}', style='{', defaults={'who': 'anon'})
print(f.format(r))
try:
    logging.Formatter('{nope} {message}', style='{').format(r)
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.Formatter('{0} {message}', style='{').format(r)
except IndexError as e:
    print(type(e).__name__, e)

cases = ['{message', 'message}', '{}', 'no fields', '{0}', '{a.b}', '{a[x]}', '{a[x].y[0]}',
         '{a.}', '{a[]}', '{a[x]y}', '{a b}', '{a-b}', '{a!r}', '{a!s}', '{a!a}', '{a!x}',
         '{a!rr}', '{a!}', '{a!r:>5}', '{a:>10}', '{a:*^10}', '{a:<<}', '{a:+#010,.3f}',
         '{a:_x}', '{a:.{b}f}', '{a:{b}.{c}}', '{a:{b}}', '{a:{}}', '{a:zz}', '{a:10q}',
         '{a:.f}', '{a:%}', '{a:X}', '{a:=+8}', '{a:\n>4}', '{{}}', '{{a}}', '{a}{',
         '}{a}', '{a}}', '{a{b}}', '{a[}', '{a[x}', '{0a}', '{_}', '{é}', '{a:>}', '{a:>>>}',
         '{a:0<5}', '{a:  }', '{a!r!s}', '{a::}', '{a:{b:{c}}}', '{a.b.c[1][2]}', '{a\n}']
for fmt in cases:
    try:
        logging.Formatter(fmt, style='{')
        print('valid  ', repr(fmt))
    except ValueError as e:
        print('invalid', repr(fmt), '->', e)
