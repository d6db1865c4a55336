print('circ3_a: start')
import circ3_b


def helper():
    return 'helped'
