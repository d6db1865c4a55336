# Module-level names, the classes' identities and their class attributes.
import datetime
from datetime import date, time, datetime as dt, timedelta, tzinfo, timezone

print(datetime.MINYEAR, datetime.MAXYEAR)
print(datetime.UTC is timezone.utc, repr(datetime.UTC), str(datetime.UTC))
print(sorted(datetime.__all__))
for cls in (date, time, dt, timedelta, tzinfo, timezone):
    print(cls, cls.__name__, cls.__module__, cls.__qualname__)
print(issubclass(dt, date), issubclass(timezone, tzinfo), issubclass(date, dt))
print(isinstance(dt(2024, 1, 1), date), isinstance(date(2024, 1, 1), dt))
print(type(date(2024, 1, 2).isocalendar()))
print(repr(date.min), repr(date.max), repr(date.resolution))
print(repr(dt.min), repr(dt.max), repr(dt.resolution))
print(repr(time.min), repr(time.max), repr(time.resolution))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(repr(timezone.utc), repr(timezone.min), repr(timezone.max))
print(str(timezone.min), str(timezone.max))
print(dt.min.tzinfo, dt.max.fold, time.max.tzinfo)
print(type(date.min) is date, type(dt.max) is dt)
