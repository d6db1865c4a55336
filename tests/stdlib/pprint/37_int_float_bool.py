# Numbers: ints of any size, floats, complex, bools, in containers at small widths.
import pprint

nums = [0, -1, 2 ** 64, -(10 ** 25), 3.14159, -0.0, 1e-300, float("nan"), float("-inf"), 1 + 2j, True, False]
pprint.pprint(nums)
pprint.pprint(nums, width=20)
pprint.pprint(nums, width=20, compact=True)
pprint.pprint(nums, underscore_numbers=True, width=30)
pprint.pprint({2 ** 70: 2 ** 71}, width=20)
pprint.pprint((True, 1, 1.0), width=1)
pprint.pprint({1.5: "a", 1: "b", True: "c", 0: "d"})
