# Many float multiplications and divisions of timedeltas (exact ratio, half-even rounding).
from datetime import timedelta

state = 987654321


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state


bases = [timedelta(microseconds=1), timedelta(microseconds=3), timedelta(seconds=1), timedelta(days=1, microseconds=7),
         timedelta(days=-3, seconds=17, microseconds=999999), timedelta(hours=5, microseconds=5)]
for base in bases:
    out = []
    for k in range(12):
        f = ((rand() % 20001) - 10000) / (1 + rand() % 997)
        if f == 0:
            continue
        out.append((repr(f), str(base * f), str(base / f)))
    print(repr(base))
    for item in out:
        print('   ', *item)
halves = [timedelta(microseconds=k) * 0.5 for k in range(-6, 7)]
print([h.microseconds + h.days * 86400 * 10**6 + h.seconds * 10**6 for h in halves])
print([str(timedelta(microseconds=k) / 2) for k in range(-6, 7)])
print([str(timedelta(seconds=k * 0.25)) for k in range(-4, 5)])
