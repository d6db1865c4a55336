# time.sleep of a duration beyond _PyTime_t (int64 nanoseconds) is an OverflowError, worded
# differently for ints and floats; it never sleeps.
import time
for v in [2**63, -2**63, 9223372037, 9223372036.9, 1e300, -1e300, float('inf')]:
    try:
        time.sleep(v)
    except Exception as e:
        print(v, type(e).__name__, e)
