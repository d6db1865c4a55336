import operator

log = []


class A:
    def __add__(self, o):
        log.append("A.__add__")
        return NotImplemented

    def __radd__(self, o):
        log.append("A.__radd__")
        return NotImplemented

    def __lt__(self, o):
        log.append("A.__lt__")
        return NotImplemented

    def __eq__(self, o):
        log.append("A.__eq__")
        return NotImplemented


class B:
    def __radd__(self, o):
        log.append("B.__radd__")
        return "B-radd"

    def __gt__(self, o):
        log.append("B.__gt__")
        return "B-gt"


class SubB(B):
    def __add__(self, o):
        log.append("SubB.__add__")
        return "SubB-add"

    def __radd__(self, o):
        log.append("SubB.__radd__")
        return "SubB-radd"


def run(label, f, *args):
    log.clear()
    try:
        res = f(*args)
    except TypeError as e:
        res = "TypeError: " + str(e)
    print(label, res, log)


run("A+B", operator.add, A(), B())
run("A<B", operator.lt, A(), B())
run("A+A", operator.add, A(), A())
run("A==A", operator.eq, A(), A())
run("A!=1", operator.ne, A(), 1)
run("B+SubB", operator.add, B(), SubB())
run("SubB+B", operator.add, SubB(), B())
run("1+SubB", operator.add, 1, SubB())
