z = 1.5 - 0.25j
print(f'{z}')
print(f'{z!r} {z!s}')
print(f'{z:.3f}')
print(f'{z=}')
print(f'{z.real=} {z.imag=}')
print(f'{z * 2 = }')
print(f'{z:>20}|{z:<20}|')
w = 8
print(f'{z:{w}.1f}|')
print(f'{1j}{2j}', f'{-0j}', f'{complex(0, -0.0)}')
print(f'{abs(3+4j):.1f}', f'{(1+1j)**2}')
print(f'{[1j, 2+0j]}', f'{(1j,)}', f'{ {"k": 1j} }')
print(f'{z.conjugate()!r:>20}')
