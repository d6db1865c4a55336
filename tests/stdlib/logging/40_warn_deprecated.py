# warn() still logs at WARNING (the deprecation warning goes to stderr, which is not compared here).
import logging, sys, io

# The DeprecationWarning text (CPython's) goes to a buffer that is not shown.
real_stderr = sys.stderr
sys.stderr = io.StringIO()

lg = logging.getLogger('warnings')
lg.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lg.addHandler(h)
lg.warn('deprecated method %s', 'still works')
logging.LoggerAdapter(lg, {}).warn('adapter warn')
logging.basicConfig(stream=sys.stdout, format='root %(levelname)s %(message)s')
logging.warn('module function')
print(logging.WARN, logging.getLevelName(logging.WARN))
sys.stderr = real_stderr
