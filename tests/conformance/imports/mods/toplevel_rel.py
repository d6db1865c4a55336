print('toplevel_rel: running, __package__ =', repr(__package__))
from . import greet
