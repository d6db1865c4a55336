import time

# only the types and the relations that hold in every zone
print(type(time.timezone).__name__, type(time.altzone).__name__)
print(type(time.daylight).__name__, time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname), [type(n).__name__ for n in time.tzname])
print(time.timezone % 60 == 0, abs(time.timezone) <= 14 * 3600)
print(bool(time.daylight) or time.altzone == time.timezone)

lt = time.localtime()
print(type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
print(lt.tm_isdst in (0, 1))
print(lt.tm_gmtoff in (-time.timezone, -time.altzone))
print(lt.tm_zone in time.tzname)
print(time.localtime().tm_isdst in (0, 1))

# the constants of the clocks exist and are ints
for name in ['CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID',
             'CLOCK_THREAD_CPUTIME_ID']:
    print(name, type(getattr(time, name)).__name__)
print(time.clock_gettime(time.CLOCK_MONOTONIC) > 0)
print(type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC) <= 1)
print(sorted(n for n in ['gmtime', 'localtime', 'mktime', 'asctime', 'ctime', 'strftime',
                         'strptime', 'sleep', 'time', 'monotonic', 'perf_counter']
             if hasattr(time, n)))
print(time.__name__, type(time.struct_time).__name__)
