# Dates, times and datetimes as dict keys and set members: equal values hash alike.
from datetime import date, time, datetime, timedelta, timezone

counts = {}
day = date(2024, 1, 1)
for i in range(100):
    key = (day + timedelta(days=i * 3)).replace(day=1)
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
seen = set()
for h in range(48):
    seen.add(datetime(2024, 1, 1) + timedelta(minutes=30 * h))
print(len(seen), min(seen), max(seen))
utc_keys = {}
for off in range(-12, 13):
    tz = timezone(timedelta(hours=off))
    moment = datetime(2024, 6, 1, 12, tzinfo=timezone.utc).astimezone(tz)
    utc_keys.setdefault(moment, []).append(off)
print(len(utc_keys), list(utc_keys.values())[0][:5])
print(datetime(2024, 1, 1, fold=1) in {datetime(2024, 1, 1)})
print(time(1, fold=1) in {time(1)})
print({date(2024, 1, 1): 1, date(2024, 1, 1): 2})
print(sorted({time(h % 24, (h * 7) % 60) for h in range(30)})[:5])
