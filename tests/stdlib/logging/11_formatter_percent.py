# %-style Formatter: fields, defaults, the default format, missing fields and validation.
import logging

r = logging.LogRecord('fmt.pct', logging.ERROR, 'dir/file.py', 7, 'msg %s', ('arg',), None, 'fn')
for fmt in [None, '', '%(message)s', '%(levelname)-8s|%(name)s', '%(levelno)03d %(lineno)5d',
            '%(filename)s:%(module)s:%(funcName)s', '%(message)r', '100%% %(message)s',
            '%(name).3s', '%(levelno)x %(levelno)o %(levelno)#x', '%(message)s %(message)s']:
    f = logging.Formatter(fmt)
    print(repr(fmt), repr(f._fmt), repr(f.format(r)))
print(r.message)

f = logging.Formatter('%(user)s did %(message)s', defaults={'user': 'nobody'})
print(f.format(r))
r.user = 'alice'
print(f.format(r))

f = logging.Formatter('%(missing)s %(message)s')
try:
    f.format(r)
except ValueError as e:
    print(type(e).__name__, e)

for fmt in ['plain text', '%(message)', '%(message)z', '%(mess age)s', '%s', '%(message)',
            '%()s', '%(a)5.2f', '%(a)*.*d', '%(a).d', '%(a)#0- +10.3E', '% (a)s', '%(a)%',
            'x %(a) y %(b)s', '%(a)S', '%(a)ld', '%(é)s', '%(a)-.5s']:
    try:
        logging.Formatter(fmt)
        print('valid  ', repr(fmt))
    except ValueError as e:
        print('invalid', repr(fmt), '->', e)
f = logging.Formatter('no fields at all', validate=False)
print(f.format(r))
f = logging.Formatter('%(levelname)d', validate=True)
try:
    f.format(r)
except TypeError as e:
    print(type(e).__name__, e)
print(logging.BASIC_FORMAT, logging.Formatter(logging.BASIC_FORMAT).format(r))
print(logging.Formatter('%(message)s').usesTime(), logging.Formatter('%(asctime)s').usesTime(),
      logging.Formatter('%(asctime)-20s %(message)s').usesTime(), logging.Formatter('{asctime}', style='{').usesTime())
