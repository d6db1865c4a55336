import itertools
import operator

data = [3, 4, 6, 2, 1, 9, 0, 7, 5, 8]
print(list(itertools.accumulate(data, operator.mul)))
print(list(itertools.accumulate(data, max)))
print(list(itertools.accumulate(data, min)))
print(list(itertools.accumulate(data, func=operator.sub)))
print(list(itertools.accumulate(data, operator.add, initial=10)))
print(list(itertools.accumulate(data, func=max, initial=5)))
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul, initial=1)))
print(list(itertools.accumulate(range(1, 8), lambda a, b: a * 10 + b)))
print(list(itertools.accumulate("abcd", lambda a, b: b + a)))
print(list(itertools.accumulate([2, 3, 4], pow)))
print(list(itertools.accumulate([1, 2, 3], None)))
print(list(itertools.accumulate([1, 2, 3], func=None, initial=0)))
cashflows = [1000, -90, -90, -90, -90]
print(list(itertools.accumulate(cashflows, lambda bal, pmt: round(bal * 1.05 + pmt, 2))))
log = []


def f(a, b):
    log.append((a, b))
    return a + b


print(list(itertools.accumulate([1, 2, 3], f, initial=0)), log)
print(list(itertools.accumulate([{"a": 1}, {"b": 2}], operator.or_)))
print(list(itertools.accumulate([5, 1, 4], operator.lt)))
