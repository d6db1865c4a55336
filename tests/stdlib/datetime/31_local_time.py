# What needs the local time zone: only relations that hold in any zone are printed.
from datetime import datetime, date, timezone, timedelta

today = date.today()
now = datetime.now()
print(type(today), type(now), type(datetime.today()), now.tzinfo)
print(abs(datetime.combine(today, now.time()) - now) < timedelta(days=1))
for ts in (0, 86400 * 365, 1e9, 1704067200.5, 1720000000, -86400 * 400):
    local = datetime.fromtimestamp(ts)
    print(local.timestamp() == ts, date.fromtimestamp(ts) == local.date())
    aware = local.astimezone()
    print(type(aware.tzinfo).__name__, aware.astimezone(timezone.utc) == datetime.fromtimestamp(ts, timezone.utc))
    print(aware.utcoffset() == aware.tzinfo.utcoffset(None), aware.replace(tzinfo=None) == local)
u = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
loc = u.astimezone()
print(loc == u, loc.tzinfo.tzname(None) == loc.tzname(), isinstance(loc.tzname(), str))
print(datetime(2024, 6, 1, 12).astimezone(timezone.utc).tzinfo is timezone.utc)
print(datetime(2024, 1, 1).timestamp() - datetime(2023, 12, 31).timestamp() in (86400.0, 82800.0, 90000.0))
