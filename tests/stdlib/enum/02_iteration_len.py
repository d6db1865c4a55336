from enum import Enum


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7
    FIRST = 1          # alias
    LAST = 7           # alias


print(len(Weekday))
print(list(Weekday))
print([d.name for d in Weekday])
print(list(Weekday.__members__))
print(Weekday.FIRST, Weekday.LAST)
print(list(Weekday._member_names_))
for name, member in Weekday.__members__.items():
    print(name, '->', member.name, member is Weekday[name])
it = iter(Weekday)
print(next(it), next(it))
print(sorted(Weekday, key=lambda d: -d.value)[:3])
print(max(Weekday, key=lambda d: d.value), min(Weekday, key=lambda d: d.value))
print(list(enumerate(Weekday, 1))[:2])
print(dict((d.name, d.value) for d in Weekday))


class Empty(Enum):
    pass


print(len(Empty), list(Empty), dict(Empty.__members__))
