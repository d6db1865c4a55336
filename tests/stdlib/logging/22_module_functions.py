# logging.debug/info/...: on the root logger, configuring it first when it has no handlers.
import logging, sys, io

err = io.StringIO()
real_stderr = sys.stderr
sys.stderr = err
logging.info('info: not shown, but configures')
print(len(logging.root.handlers), logging.root.handlers[0].stream is err)
logging.warning('warning %s', 1)
logging.error('error %s', 2)
logging.critical('critical %s', 3)
logging.fatal('fatal %s', 4)
logging.log(logging.ERROR, 'log %s', 5)
logging.log(5, 'log below level')
try:
    raise OSError('disk')
except OSError:
    logging.exception('exception %s', 6)
sys.stderr = real_stderr
lines = err.getvalue().splitlines()
for line in lines:
    if not line.startswith('  '):
        print(line)
try:
    logging.log('ERROR', 'string level')
except TypeError as e:
    print(type(e).__name__, e)
logging.root.handlers.clear()
buf = io.StringIO()
sys.stderr = buf
logging.debug('debug also configures')
sys.stderr = real_stderr
print(len(logging.root.handlers), repr(buf.getvalue()))
print(logging.fatal is not logging.critical, logging.FATAL == logging.CRITICAL)
