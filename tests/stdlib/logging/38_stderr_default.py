# A StreamHandler without a stream writes to sys.stderr; this program ends with an uncaught error.
import logging, sys

h = logging.StreamHandler()
print(h.stream is sys.stderr)
h.setFormatter(logging.Formatter('%(levelname)s - %(message)s'))
lg = logging.getLogger('errstream')
lg.addHandler(h)
lg.propagate = False
lg.warning('to stderr')
print('after logging')
lg.error('last line on stderr before the error')
raise SystemExit(1)
