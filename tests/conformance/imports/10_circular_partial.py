# A circular import sees the partially initialized module: names bound so far, not later ones.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

import circ_a
print(circ_a.circ_b.SEEN, circ_a.circ_b.later(), circ_a.LATE)
print(circ_a.circ_b.circ_a is circ_a)
import circ_b
print(circ_b is circ_a.circ_b)
