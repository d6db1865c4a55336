import functools
import operator

orders = [
    {"id": 1, "qty": 3, "price": 2.5},
    {"id": 2, "qty": 1, "price": 10.0},
    {"id": 3, "qty": 4, "price": 0.5},
]
total = functools.reduce(operator.add, (o["qty"] * o["price"] for o in orders))
print("total", total)
biggest = functools.reduce(lambda a, b: a if a["qty"] >= b["qty"] else b, orders)
print("biggest order", biggest["id"])
print("with initial", functools.reduce(operator.add, [], 0))
large = [o for o in orders if o["qty"] > 10]
print("large orders:", len(large))
print(functools.reduce(operator.add, (o["qty"] for o in large)))
