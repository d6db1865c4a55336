print('circ2_a: start')
from circ2_b import helper_b


def helper_a():
    return 'a'
