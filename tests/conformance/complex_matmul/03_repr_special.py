inf = float('inf')
nan = float('nan')
vals = [
    complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
    -0 - 0j, -(0j), 0j * -1, complex(1, -0.0), complex(-0.0, 1),
    complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 0),
    complex(0, nan), complex(nan, -nan), complex(inf, nan), complex(1, -inf),
    complex(1e300, 1e-300), complex(1e16, 1e-5), complex(123.456, 7e22),
    complex(2, 0.1), complex(1 / 3, 2 / 3), complex(5e-324, 0),
]
for v in vals:
    print(repr(v), str(v))
print(repr(complex(1, 2)) == str(complex(1, 2)))
