from collections import Counter


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Counter(a=1) == Counter(a=1, b=0))
t(lambda: Counter(a=1, b=0) == Counter(a=1))
t(lambda: Counter() == Counter(z=0))
t(lambda: Counter(a=1) != Counter(a=1, b=0))
t(lambda: Counter(a=1) == {"a": 1})
t(lambda: Counter(a=1, b=0) == {"a": 1})
t(lambda: {"a": 1} == Counter(a=1, b=0))
t(lambda: Counter("ab") == Counter("ba"))
t(lambda: Counter(a=1) <= Counter(a=1, b=1))
t(lambda: Counter(a=1) < Counter(a=1, b=1))
t(lambda: Counter(a=1) < Counter(a=1))
t(lambda: Counter(a=1) <= Counter(a=1))
t(lambda: Counter(a=2) <= Counter(a=1, b=5))
t(lambda: Counter(a=1, b=1) >= Counter(a=1))
t(lambda: Counter(a=1, b=1) > Counter(a=1))
t(lambda: Counter(a=-1) <= Counter())
t(lambda: Counter() <= Counter(a=-1))
t(lambda: Counter(a=0) < Counter())
t(lambda: Counter(a=1) < {"a": 2})
t(lambda: Counter(a=1) <= 5)
t(lambda: Counter("abc") > Counter("ab"))
t(lambda: Counter(a=1.0) == Counter(a=1))
t(lambda: Counter(a=1) == Counter(a=True))
t(lambda: Counter(a=1, b=2) == Counter(b=2, a=1))
t(lambda: Counter(a=1) in [Counter(a=1, z=0)])
t(lambda: hash(Counter()))
