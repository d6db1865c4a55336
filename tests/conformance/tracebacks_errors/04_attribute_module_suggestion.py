import math
print(math.sqrt(16))
print(math.pi > 3, math.floor(math.e))
area = math.pi * 2 ** 2
print(round(area, 3))
print(math.pii)
