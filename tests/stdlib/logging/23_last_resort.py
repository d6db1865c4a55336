# With no handler anywhere: lastResort (WARNING and up to the current sys.stderr), or the one-off note.
import logging, sys, io

lg = logging.getLogger('nohandlers')
err = io.StringIO()
real = sys.stderr
sys.stderr = err
lg.warning('to last resort %s', 'here')
lg.info('below last resort level')
lg.error('error too')
print(repr(logging.lastResort), logging.lastResort is logging._defaultLastResort)
print(logging.lastResort.stream is err, logging.lastResort.level)
saved = logging.lastResort
logging.lastResort = None
lg.warning('no last resort')
lg.warning('note is shown once')
logging.getLogger('other').error('still once')
print(logging.Logger.manager.emittedNoHandlerWarning)
logging.raiseExceptions = False
logging.Logger.manager.emittedNoHandlerWarning = False
lg.warning('quiet')
logging.raiseExceptions = True
logging.lastResort = saved
logging.lastResort.setLevel(logging.INFO)
lg.setLevel(logging.INFO)
lg.info('info through last resort')
lg.addHandler(logging.NullHandler())
lg.error('a NullHandler counts as a handler')
sys.stderr = real
print(repr(err.getvalue()))
