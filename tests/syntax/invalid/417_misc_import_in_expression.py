x = import math
