import time

cases = [
    ('2023-13-01', '%Y-%m-%d'),
    ('2023-02-30', '%Y-%m-%d'),
    ('2023-01-01 extra', '%Y-%m-%d'),
    ('2023/01/01', '%Y-%m-%d'),
    ('', '%Y'),
    ('24:00', '%H:%M'),
    ('12:60', '%H:%M'),
    ('13 PM', '%I %p'),
    ('Funday', '%A'),
    ('abc', 'abc'),
    ('abc', 'abcd'),
    ('2023', '%Q'),
    ('2023', '%'),
    ('2023', '%Y %'),
    ('20230101', '%Y%m%d%H'),
    ('367 2023', '%j %Y'),
]
for s, f in cases:
    try:
        print(tuple(time.strptime(s, f)))
    except ValueError as e:
        print(type(e).__name__, e)

for args in [(2023, '%Y'), ('2023', 2023), (b'2023', '%Y'), ('2023', b'%Y')]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print(type(e).__name__, e)
