import operator

log = []


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        log.append("OnlyAdd.__add__")
        return OnlyAdd(self.v + o)


class IaddNI:
    def __iadd__(self, o):
        log.append("IaddNI.__iadd__")
        return NotImplemented

    def __add__(self, o):
        log.append("IaddNI.__add__")
        return "via add"


class RAdd:
    def __radd__(self, o):
        log.append("RAdd.__radd__")
        return "via radd"


def run(label, f, *args):
    log.clear()
    try:
        res = f(*args)
    except TypeError as e:
        res = "TypeError: " + str(e)
    print(label, res, log)


x = OnlyAdd(1)
run("iadd uses __add__", lambda a, b: operator.iadd(a, b) is a, x, 2)
run("iadd value", lambda a, b: operator.iadd(a, b).v, OnlyAdd(1), 2)
run("iadd NotImplemented", operator.iadd, IaddNI(), 1)
run("iadd then radd", operator.iadd, IaddNI(), RAdd())
run("int iadd radd", operator.iadd, 5, RAdd())
run("list iadd radd", operator.iadd, [1], RAdd())
run("isub missing", operator.isub, OnlyAdd(1), 1)
run("ilshift missing", operator.ilshift, OnlyAdd(1), 2)
run("imatmul missing", operator.imatmul, OnlyAdd(1), 2)
run("ipow missing", operator.ipow, RAdd(), 2)
