import itertools
import operator

sales = [("mon", 120.0), ("tue", 95.5), ("wed", 0.0), ("thu", 210.25), ("fri", 180.0),
         ("sat", 0.0), ("sun", 64.75)]
days = [d for d, _ in sales]
amounts = [a for _, a in sales]
running = list(itertools.accumulate(amounts))
best = list(itertools.accumulate(amounts, max))
for day, amt, tot, hi in zip(days, amounts, running, best):
    print(f"{day:>4} {amt:8.2f} {tot:9.2f} {hi:8.2f}")
open_days = list(itertools.compress(days, amounts))
print("open:", ", ".join(open_days))
closed = list(itertools.filterfalse(lambda s: s[1], sales))
print("closed:", closed)
growth = list(itertools.accumulate([0.02, 0.05, -0.01], lambda v, r: round(v * (1 + r), 2),
                                   initial=1000.0))
print("balance:", growth)
first_big = next(itertools.dropwhile(lambda s: s[1] < 150, sales))
print("first day over 150:", first_big)
until_closed = list(itertools.takewhile(lambda s: s[1] > 0, sales))
print("streak before first closed day:", len(until_closed), [d for d, _ in until_closed])
week_no = itertools.count(1)
print([(next(week_no), d) for d in itertools.islice(days, 0, None, 3)])
factorials = list(itertools.accumulate(range(1, 11), operator.mul))
print(factorials[-3:])
cum_share = [round(t / running[-1] * 100, 1) for t in running]
print(cum_share)
