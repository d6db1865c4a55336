# FileHandler: append and write modes, delay, close, and basicConfig(filename=...).
import logging, sys

def show(path):
    with open(path) as f:
        print(repr(f.read()))

h = logging.FileHandler('app.log', mode='w')
print(h.baseFilename.endswith('app.log'), h.mode, h.encoding, h.errors, h.delay, h.stream is not None)
h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
lg = logging.getLogger('files')
lg.propagate = False
lg.addHandler(h)
lg.warning('first line')
lg.error('second line %d', 2)
h.close()
print(h.stream)
show('app.log')
h.close()

h2 = logging.FileHandler('app.log')
lg.addHandler(h2)
lg.removeHandler(h)
lg.warning('appended')
h2.close()
show('app.log')
lg.removeHandler(h2)

d = logging.FileHandler('delayed.log', mode='w', delay=True, encoding='utf-8')
print(d.stream, d.encoding, d.delay)
lg.addHandler(d)
lg.warning('opened on first record')
print(d.stream is not None)
d.close()
show('delayed.log')
lg.warning('after close, mode w: dropped')
print(d.stream)
lg.removeHandler(d)

a = logging.FileHandler('again.log', delay=True)
lg.addHandler(a)
a.close()
lg.warning('after close, mode a: reopened')
a.close()
show('again.log')
lg.removeHandler(a)

logging.basicConfig(filename='basic.log', filemode='w', format='%(name)s %(message)s', level='INFO')
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.mode, fh.encoding, fh.errors)
logging.info('into the basic file')
fh.close()
show('basic.log')
try:
    logging.FileHandler(123)
except TypeError as e:
    print(type(e).__name__, e)
try:
    logging.FileHandler('no/such/dir/x.log')
except OSError as e:
    print(type(e).__name__)
