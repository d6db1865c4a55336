# $-style Formatter: $name and ${name} fields, $$, defaults and validation.
import logging

r = logging.LogRecord('fmt.dollar', logging.WARNING, 'dir/file.py', 7, 'msg %s', ('arg',), None, 'fn')
for fmt in [None, '$message', '${levelname}:${name}:${message}', '$levelno$$', '${message}s and $messages',
            'cost: $$5 $name', '$name_$levelno', '${name}_${levelno}']:
    f = logging.Formatter(fmt, style='$')
    try:
        print(repr(fmt), repr(f._fmt), repr(f.format(r)))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)

f = logging.Formatter('$who says $message', style='$', defaults={'who': 'someone'})
print(f.format(r))
r.who = 'bob'
print(f.format(r))

for fmt in ['$', 'no fields', '$$', '$1abc', '${a', '${}', '${1}', '$a $', 'x $ y $a', '${a}',
            '$_', '$A', '$é', '${a b}', '$$a', '$$$a', '${a}}', 'a$', '$ {a}', '${_x1}']:
    try:
        logging.Formatter(fmt, style='$')
        print('valid  ', repr(fmt))
    except ValueError as e:
        print('invalid', repr(fmt), '->', e)

for fmt in ['$message $', 'line1\nline2 $name\n  $ x', '$missing $', '$ $missing', '\n\n$1', '$name\r\n$']:
    f = logging.Formatter(fmt, style='$', validate=False)
    try:
        print(repr(f.format(r)))
    except (ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print(logging.Formatter('$asctime', style='$').usesTime(), logging.Formatter('${asctime}', style='$').usesTime(),
      logging.Formatter('${asctime', style='$', validate=False).usesTime(), logging.Formatter('$message', style='$').usesTime())
for style in ['%%', '', '[', None]:
    try:
        logging.Formatter('x', style=style)
    except ValueError as e:
        print(repr(style), type(e).__name__, e)
try:
    logging.Formatter('x', style=['%'])
except TypeError as e:
    print(type(e).__name__, e)
