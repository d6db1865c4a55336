# A relative import in the program itself: it is __main__, with no parent package.
print('about to import relatively')
print(repr(__package__))
from . import helper
print('not reached')
