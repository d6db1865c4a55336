# Week numbers and days of the year across year boundaries: %U %W %V %G %g %j %u %w %a.
from datetime import date, timedelta

for year in (2019, 2020, 2021, 2022, 2023, 2024, 2026, 2027, 1900, 2000, 1):
    start = date(year, 1, 1)
    for delta in (0, 1, 2, 3, 4, 5, 6, 7, 363, 364, 365):
        try:
            d = start + timedelta(delta)
        except OverflowError:
            continue
        print(d.strftime('%Y-%m-%d %a %j U%U W%W V%V G%G g%g u%u w%w'), d.isocalendar())
    end = date(year, 12, 31)
    for delta in range(-3, 1):
        d = end + timedelta(delta)
        print(d.strftime('%Y-%m-%d %a %j U%U W%W V%V G%G g%g'))
