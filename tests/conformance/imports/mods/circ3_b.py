print('circ3_b: start')
import circ3_a
VALUE = circ3_a.helper()
