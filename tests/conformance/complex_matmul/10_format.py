c = 3.14159 - 2.71828j
print(format(c, '.2f'), format(c, '.3e'), format(c, 'g'))
print(format(c, ''), format(c, '20') + '|', format(c, '<30') + '|')
print(format(1j, '.1f'), format(0j, '.1f'), format(-0j, '.1f'))
print(format(1 + 2j, '+.1f'), format(1 - 2j, ' .0f'), format(-1 + 0j, '.2g'))
print(format(12345.678 + 1j, ',.2f'), format(1e20 + 1e-20j, '.3g'))
print(format(1 + 2j, '*^20') + '|', format(1 + 2j, '>15.2f') + '|')
print(format(complex(float('inf'), float('nan')), '.2f'))
print(format(1 + 2j, 'n'), format(2.5 + 0j, ''), format(2.5 + 0j, 'g'))
print('%s %r' % (1 + 2j, 1 - 2j))
print('{} {!r} {:.1f}'.format(1j, 2j, 3j))
for spec in ['d', '=10', '010', '%', 'x']:
    try:
        print(spec, format(1 + 2j, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
try:
    '%f' % 1j
except TypeError as e:
    print(type(e).__name__, e)
