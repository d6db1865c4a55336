print('circ_a: start')
EARLY = 'early'
import circ_b
print('circ_a: back from circ_b, circ_b.SEEN =', circ_b.SEEN)
LATE = 'late'
print('circ_a: end')
