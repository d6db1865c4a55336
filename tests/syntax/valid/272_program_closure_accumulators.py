def make_accumulator(start=0):
    total = start
    history = []

    def add(amount, *, record=True):
        nonlocal total
        total += amount
        if record:
            history.append(amount)
        return total

    def report():
        return total, tuple(history)

    return add, report

add, report = make_accumulator(10)
add(5); add(-2, record=False)
print(report())
