# setLevel with an unknown name raises ValueError, uncaught here.
import logging

lg = logging.getLogger('uncaught2')
print(lg.getEffectiveLevel())
lg.setLevel('VERBOSE')
