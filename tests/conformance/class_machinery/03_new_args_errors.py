# object.__new__ / object.__init__ argument error messages
class C:
    pass

class WithInit:
    def __init__(self, a):
        self.a = a

class WithNew:
    def __new__(cls, a):
        return object.__new__(cls, a)

class WithNewGood:
    def __new__(cls, a):
        return object.__new__(cls)

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("C(1)", lambda: C(1))
attempt("C(a=1)", lambda: C(a=1))
attempt("C()", lambda: C())
attempt("WithInit(1)", lambda: WithInit(1))
attempt("WithInit()", lambda: WithInit())
attempt("WithNew(1)", lambda: WithNew(1))
attempt("WithNewGood(1)", lambda: WithNewGood(1))
attempt("object.__new__()", lambda: object.__new__())
attempt("object.__new__(1)", lambda: object.__new__(1))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object(1)", lambda: object(1))
