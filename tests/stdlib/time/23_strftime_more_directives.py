import time

t = (2021, 1, 3, 7, 8, 9, 6, 3, 0)
for d in ['%e', '%F', '%T', '%D', '%R', '%C', '%u', '%G', '%V', '%g', '%h', '%r',
          '%n', '%t', '%k', '%l']:
    print(d, repr(time.strftime(d, t)))

# ISO weeks around the new year
for secs in [1609459200, 1609632000, 1609718400, 1640908800, 1672531200]:
    g = time.gmtime(secs)
    print(time.strftime('%Y-%m-%d %a  G=%G V=%V u=%u', g))

# small and large years
for y in [1, 99, 999, 1000, 9999]:
    print(y, repr(time.strftime('%Y|%y|%C', (y, 6, 15, 0, 0, 0, 0, 166, 0))))

# zero month/day/yday are replaced by 1 before formatting
print(time.strftime('%Y-%m-%d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
# repeated and adjacent directives
print(time.strftime('%Y%Y %d%d%d', t))
print(time.strftime('%H' * 5, t))
long_fmt = '%Y-%m-%d ' * 50
print(len(time.strftime(long_fmt, t)))
