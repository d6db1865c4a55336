# formatTime: datefmt, default_time_format, default_msec_format and a converter that gives a fixed time.
import logging

FIXED = (2021, 3, 4, 5, 6, 7, 3, 63, 0)

class Fixed(logging.Formatter):
    def converter(self, secs):
        return FIXED

r = logging.LogRecord('t', 20, 'f.py', 1, 'timed', (), None)
r.created = 1000.25
r.msecs = 250.0
f = Fixed('%(asctime)s %(message)s')
print(f.format(r), r.asctime)
print(f.formatTime(r))
print(f.formatTime(r, '%H:%M'))
print(f.formatTime(r, '%d/%m/%Y %I %p %j %y %%'))
print(f.formatTime(r, '%a %A %b %B %w'))
f = Fixed('%(asctime)s|%(message)s', datefmt='%Y')
print(f.format(r))
f = Fixed('%(asctime)s', datefmt='')
print(f.format(r))

class NoMsec(Fixed):
    default_msec_format = None
print(NoMsec().formatTime(r))
class Dotted(Fixed):
    default_time_format = '%H:%M:%S'
    default_msec_format = '%s.%03d'
print(Dotted().formatTime(r))
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)

f = Fixed('{asctime} {message}', style='{')
print(f.format(r))
f = Fixed('${asctime} $message', style='$')
print(f.format(r))

g = logging.Formatter('%(message)s')
g.converter = lambda secs: FIXED
print(g.formatTime(r, '%Y-%m-%d'))
calls = []
def conv(secs):
    calls.append(secs)
    return FIXED
h = logging.Formatter('%(message)s', datefmt='%M')
h.converter = conv
print(h.format(r), calls)
print(h.usesTime())
