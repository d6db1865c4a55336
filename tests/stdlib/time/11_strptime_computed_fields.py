import time

def show(s, f):
    try:
        p = time.strptime(s, f)
        print(f'{s!r:22} {f!r:14} {tuple(p)} zone={p.tm_zone!r} off={p.tm_gmtoff!r}')
    except ValueError as e:
        print(f'{s!r:22} {f!r:14} ValueError {e}')

# month and day computed from the day of the year
show('60 2024', '%j %Y')
show('60 2023', '%j %Y')
show('366 2024', '%j %Y')
show('001', '%j')
# a date from week number and weekday
show('2023 10 1', '%Y %U %w')
show('2023 10 1', '%Y %W %w')
show('2023 0 0', '%Y %U %w')
show('2024 52 6', '%Y %W %w')
# two-digit years: 69-99 are 19xx, 00-68 are 20xx
for yy in ['00', '68', '69', '99']:
    show(yy, '%y')
# weekday given but not matching the date is kept as given
show('Monday 2023-07-04', '%A %Y-%m-%d')
# time zones
show('2020-01-01 UTC', '%Y-%m-%d %Z')
show('2020-01-01 gmt', '%Y-%m-%d %Z')
show('2020-01-01 +0530', '%Y-%m-%d %z')
show('2020-01-01 -08:00', '%Y-%m-%d %z')
show('2020-01-01 Z', '%Y-%m-%d %z')
show('2020-01-01 +05:30:15', '%Y-%m-%d %z')
show('2020-01-01 +5', '%Y-%m-%d %z')
# February 29 without a year (1900 is not a leap year)
show('Feb 29', '%b %d')
show('29 2 2000', '%d %m %Y')
show('29 2 1900', '%d %m %Y')
# microseconds are accepted and dropped
show('12:00:00.123456', '%H:%M:%S.%f')
show('12:00:00.1234567', '%H:%M:%S.%f')
