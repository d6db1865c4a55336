import math,
