import time

clocks = [time.time, time.monotonic, time.perf_counter, time.process_time]
for clock in clocks:
    a = clock()
    b = clock()
    c = clock()
    print(clock.__name__, type(a).__name__, a <= b <= c or clock is time.time)

# monotonic clocks never go backwards
for clock in [time.monotonic, time.perf_counter]:
    values = [clock() for _ in range(2000)]
    print(clock.__name__, all(x <= y for x, y in zip(values, values[1:])))

# time() is after 2020-01-01 and before 2200
now = time.time()
print(1577836800 < now < 7258118400)
print(time.gmtime(now).tm_year >= 2020)

# elapsed time of a short loop is small and non-negative
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, 0 <= elapsed < 5)

# process_time counts CPU time: it advances during busy work
p0 = time.process_time()
x = 0
while time.process_time() - p0 < 0.02:
    x += 1
print(x > 0, time.process_time() - p0 >= 0.02)

for clock in clocks:
    try:
        clock(1)
    except TypeError as e:
        print(type(e).__name__, e)
print(callable(time.time), time.time.__name__, time.monotonic.__module__)
