# Subclasses: which operations build the subclass (calling it) and which build the base type.
from datetime import date, datetime, time, timedelta, timezone

log = []


class D(date):
    def __new__(cls, *args, **kw):
        log.append(('D.__new__', args, kw))
        return date.__new__(cls, *args, **kw)

    def describe(self):
        return 'D:' + self.isoformat()


class DT(datetime):
    def __new__(cls, *args, **kw):
        log.append(('DT.__new__', args, kw))
        return datetime.__new__(cls, *args, **kw)


class T(time):
    pass


class TD(timedelta):
    pass


def run(label, f):
    log.clear()
    try:
        r = f()
        print(label, repr(r), type(r).__name__, log)
    except Exception as e:
        print(label, type(e).__name__, e, log)


d = D(2024, 1, 31)
run('add', lambda: d + timedelta(1))
run('radd', lambda: timedelta(1) + d)
run('sub', lambda: d - timedelta(1))
run('diff', lambda: d - D(2024, 1, 1))
run('replace', lambda: d.replace(day=5))
run('fromordinal', lambda: D.fromordinal(5))
run('fromiso', lambda: D.fromisoformat('2024-01-05'))
run('fromisocal', lambda: D.fromisocalendar(2024, 1, 5))
run('str', lambda: str(d))
run('method', lambda: d.describe())
run('reduce', lambda: d.__reduce__())
x = DT(2024, 1, 1, fold=1)
run('dt add', lambda: x + timedelta(hours=1))
run('dt sub', lambda: x - timedelta(hours=1))
run('dt diff', lambda: x - DT(2023, 1, 1))
run('dt replace', lambda: x.replace(day=3))
run('dt astz', lambda: DT(2024, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=1))))
run('dt combine', lambda: DT.combine(date(2024, 1, 1), time(5, fold=1)))
run('dt strptime', lambda: DT.strptime('2024+0100', '%Y%z'))
run('dt fromiso', lambda: DT.fromisoformat('2024-01-01T00:00+01:00'))
run('dt fromts', lambda: DT.fromtimestamp(0, timezone.utc))
run('dt utcfromts', lambda: DT.utcfromtimestamp(0))
run('dt fromordinal', lambda: DT.fromordinal(738000))
run('dt date', lambda: x.date())
run('dt time', lambda: x.time())
run('fromutc', lambda: timezone.utc.fromutc(DT(2024, 1, 1, tzinfo=timezone.utc)))
run('time replace', lambda: T(1, fold=1).replace(hour=2))
run('time fromiso', lambda: T.fromisoformat('01:02'))
run('td', lambda: TD(hours=1))
run('td add', lambda: TD(1) + TD(2))
run('td neg', lambda: -TD(1))
run('td pos', lambda: +TD(1))
run('td mul', lambda: TD(1) * 2)
run('td reduce', lambda: TD(1, 2, 3).__reduce__())
