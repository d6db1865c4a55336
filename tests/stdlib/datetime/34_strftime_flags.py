# glibc's strftime extensions: flags (- _ 0 ^ #), widths, E/O modifiers, unknown directives.
from datetime import datetime, date

d = datetime(2024, 1, 5, 7, 8, 9)
y5 = date(5, 1, 2)
for f in ('%-d', '%_d', '%0e', '%-m/%-d/%Y', '%10d', '%_10d', '%-10d', '%010A', '%^a', '%^A', '%#a',
          '%#B', '%^b', '%#p', '%^p', '%P', '%^P', '%#P', '%5%', '%-%', '%10c', '%^c', '%^x', '%-H:%-M',
          '%k|%l|%-k|%-l|%_H', '%3j', '%-j', '%_j', '%^10B|', '%-y', '%_y', '%4Y', '%_6Y', '%-C',
          '%Ey', '%Oy', '%EY', '%OY', '%Ec', '%Oc', '%Ex', '%Ox', '%EX', '%Od', '%Ed', '%OB', '%EB',
          '%Ob', '%Eb', '%Oe', '%Ee', '%OH', '%EH', '%Om', '%Em', '%OU', '%EU', '%OV', '%EV', '%Ou', '%Eu',
          '%Ea', '%Oa', '%ED', '%EF', '%ER', '%ET', '%Er', '%Ep', '%En', '%Et', '%EC', '%OC', '%E', '%O',
          '%q', '%10q', '%^q', '%+', '%+4Y', '%:z', '%i', '%v', '%L', '%@', '%', 'abc%', '%%%', '%E3d',
          '%-Ed', '%^Ea', '%#4Eb', '%#Eb', '%_-d', '%-_d', '%0_d', '%_0d', '%^#a', '%#^A', '%05a', '%10n|',
          '%5t|', '%3p', '%-5p', '%05p'):
    print(repr(f), repr(d.strftime(f)), repr(y5.strftime(f)))
