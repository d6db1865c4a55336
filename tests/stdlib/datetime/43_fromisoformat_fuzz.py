# fromisoformat on many near-miss strings: every parser agrees with CPython's C rules.
from datetime import date, datetime, time


def result(f, s):
    try:
        return repr(f(s))
    except Exception as e:
        return type(e).__name__


seeds = ['2024-01-02T03:04:05.123456+01:30', '20240102T030405Z', '2024-W01-3T10:00-0800', '2024W013T1000',
         '2024-01-02', '03:04:05.5+00:00']
alphabet = '0123456789-:T.+Z W,'
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


count = 0
for seed in seeds:
    for k in range(60):
        s = list(seed)
        for _ in range(1 + rand(3)):
            op = rand(3)
            pos = rand(len(s) + 1)
            if op == 0 and s:
                del s[min(pos, len(s) - 1)]
            elif op == 1:
                s.insert(pos, alphabet[rand(len(alphabet))])
            elif s:
                s[min(pos, len(s) - 1)] = alphabet[rand(len(alphabet))]
        s = ''.join(s)
        print(repr(s), result(date.fromisoformat, s), result(datetime.fromisoformat, s),
              result(time.fromisoformat, s))
