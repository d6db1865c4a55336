import math as None
