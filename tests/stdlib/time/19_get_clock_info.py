import time

for name in ['time', 'monotonic', 'perf_counter', 'process_time']:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, type(info.implementation).__name__,
          type(info.resolution).__name__, 0 < info.resolution <= 1)
    print(sorted(k for k in vars(info)))

info = time.get_clock_info('monotonic')
print(type(info).__name__, type(info).__module__)
print(info.monotonic is True, info.adjustable is False)
print(time.get_clock_info('time').adjustable)
print(time.get_clock_info('perf_counter').monotonic)

for bad in ['clock', 'TIME', '', 'monotonic_ns']:
    try:
        time.get_clock_info(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for bad in [None, 1, b'time']:
    try:
        time.get_clock_info(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
try:
    time.get_clock_info()
except TypeError as e:
    print(type(e).__name__, e)
