# date.fromisoformat: YYYY-MM-DD, YYYYMMDD and the ISO week forms; what it refuses.
from datetime import date


def show(s):
    try:
        print(repr(s), repr(date.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)


for s in ('2024-01-02', '20240102', '2024-W01', '2024W01', '2024-W01-3', '2024W013', '2020-W53-7',
          '2021-W53', '2024-W52-7', '0001-01-01', '9999-12-31', '9999-W52-5', '9999-W52-6', '0000-01-01',
          '2024-02-30', '2024-13-01', '2024-00-10', '2024-1-02', '2024-01-2', '2024/01/02', '2024-0102',
          '202401-02', '20240102XY', '2024010', '2024-01-02T00:00', '2024-01-02 ', ' 2024-01-02', '',
          '2024', '2024-01', '2024-W54-1', '2024-W01-8', '2024-W01-0', '2024-W0', '2024-W01-',
          '١٢٣٤-01-02', '2024-01-0\u0663', 'abcd-ef-gh', '2024-01-é'):
    show(s)
for bad in (20240102, None, b'2024-01-02'):
    try:
        date.fromisoformat(bad)
    except TypeError as e:
        print('TypeError', e)
for d in (date(1, 1, 1), date(2024, 2, 29), date(9999, 12, 31)):
    print(date.fromisoformat(d.isoformat()) == d)
