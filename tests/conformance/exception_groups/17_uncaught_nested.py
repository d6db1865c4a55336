# Ends with an uncaught nested ExceptionGroup whose ValueErrors were handled

def task(n):
    if n % 3 == 0:
        raise ValueError("task %d: bad value" % n)
    if n % 3 == 1:
        raise KeyError("task %d" % n)
    return n

def run_batch(name, ns):
    errors = []
    for n in ns:
        try:
            print(name, "task", n, "->", task(n))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(name, errors)

def run_all():
    groups = []
    for name, ns in [("batch A", [1, 2, 3]), ("batch B", [4, 5, 6])]:
        try:
            run_batch(name, ns)
        except ExceptionGroup as g:
            print("batch failed:", repr(g))
            groups.append(g)
    raise ExceptionGroup("all batches", groups)

try:
    run_all()
except* ValueError as e:
    print("handled ValueErrors:", repr(e))
print("not reached")
