import json


class Employee:
    def __init__(self, name, manager=None):
        self.name = name
        self.manager = manager
        self.reports = []
        if manager is not None:
            manager.reports.append(self)


ceo = Employee("ceo")
cto = Employee("cto", ceo)
cfo = Employee("cfo", ceo)
dev1 = Employee("dev1", cto)
dev2 = Employee("dev2", cto)
calls = []


def to_dict(o):
    calls.append(o.name)
    return {"name": o.name, "reports": o.reports}


print(json.dumps(ceo, default=to_dict))
print(calls)
calls.clear()
print(json.dumps(ceo, default=to_dict, indent=1))
print(len(calls))
# the back-pointer (manager) makes a cycle when included
def with_manager(o):
    return {"name": o.name, "manager": o.manager, "reports": o.reports}


try:
    json.dumps(ceo, default=with_manager)
except ValueError as e:
    print(type(e).__name__, e)
# break the cycle by naming the manager only
def safe(o):
    return {"name": o.name, "manager": o.manager.name if o.manager else None,
            "reports": o.reports}


print(json.dumps(dev1, default=safe))
print(json.dumps([dev1, dev2], default=safe, sort_keys=True))
# the same object reached twice through default is fine
shared = Employee("shared")
print(json.dumps([shared, shared, {"s": shared}], default=lambda o: {"n": o.name}))
