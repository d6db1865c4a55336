from ..part_two import TWO
LEAF = ('leaf', TWO)
