# An uncaught error from the logging API ends the program (the last stderr line is compared).
import logging, sys

lg = logging.getLogger('uncaught')
lg.addHandler(logging.StreamHandler(sys.stdout))
lg.warning('before the error')
lg.log('WARNING', 'a string level is refused')
print('not reached')
