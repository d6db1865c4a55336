import sys
print('circ_b: start, circ_a in sys.modules:', 'circ_a' in sys.modules)
import circ_a
SEEN = (hasattr(circ_a, 'EARLY'), hasattr(circ_a, 'LATE'))


def later():
    return circ_a.LATE


print('circ_b: end')
