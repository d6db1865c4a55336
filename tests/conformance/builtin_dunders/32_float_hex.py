print(float.__getformat__('double'), float.__getformat__('float'))
try: float.__getformat__('x')
except Exception as e: print(type(e).__name__, e)
for x in [1.0, 0.5, -2.5, 0.0, -0.0, 5e-324, 1e308, float('inf'), float('-inf'), float('nan'), 0.1, 3.0, 2.2250738585072014e-308, 2.225073858507201e-308]: print(x.hex(), float.fromhex(x.hex()) == x or x != x)
for s in ['0x1.8p1', '  -0X1.0P-1  ', 'inf', '-Infinity', 'nan', '0x.8', '1p3', '0x1p-1075', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x3p-1076', 'ff', '0x1.ffffffffffffffffffffffffffffffffffffp0', '0x0.0000000000000000000000001p+100', '0x1p-1074', '0x1.8p-1074', '0x1.fffffffffffff7ffp1023', '1.', '.1', '0x1P+10']:
    print(repr(float.fromhex(s)))
for s in ['0x1p1024', '0x1.fffffffffffff8p1023', 'zz', '', '0x', '1p', '0x1.2.3', '1e5', 'infx', '0x1p+']:
    try: print(float.fromhex(s))
    except Exception as e: print(type(e).__name__, e)
class F(float): pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'), (2.5).hex(), F(1.5).hex())
