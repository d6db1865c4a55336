print('circ2_b: start')
from circ2_a import helper_a


def helper_b():
    return 'b'
