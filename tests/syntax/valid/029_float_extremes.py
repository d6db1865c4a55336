big = 1e308
huge = 1e309
tiny = 5e-324
zero = 0e0
many_digits = 3.141592653589793238462643383279
print(big, huge, tiny, zero, many_digits)
