# Runtime errors raised by class patterns and mapping patterns

def show(label, func):
    try:
        result = func()
        print(label, "-> no error:", result)
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

class C:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1
        self.b = 2

def too_many():
    match C():
        case C(x, y):
            return "matched"

show("too many positional", too_many)

class NoArgs:
    pass

def no_match_args():
    match NoArgs():
        case NoArgs(x):
            return "matched"

show("no __match_args__", no_match_args)

class ListArgs:
    __match_args__ = ["a"]
    a = 5

def list_match_args():
    match ListArgs():
        case ListArgs(v):
            return v

show("__match_args__ is a list", list_match_args)

class IntArgs:
    __match_args__ = (1,)

def int_match_args():
    match IntArgs():
        case IntArgs(v):
            return v

show("__match_args__ holds an int", int_match_args)

instance = C()

def not_a_class():
    match 5:
        case instance():
            return "matched"

show("called pattern on an instance", not_a_class)

def builtin_two():
    match 5:
        case int(a, b):
            return "matched"

show("int() with two positional", builtin_two)

def duplicate_attr():
    match C():
        case C(x, a=y):
            return "matched"

show("positional and keyword for same attribute", duplicate_attr)

class Keys:
    A = "a"
    ALSO_A = "a"

def dup_key():
    match {"a": 1, "b": 2}:
        case {Keys.A: x, Keys.ALSO_A: y}:
            return "matched"

show("duplicate mapping key via value patterns", dup_key)

print("-- errors only happen when the bad case is reached --")

def reached_later(v):
    match v:
        case 1:
            return "one, bad case never tried"
        case C(p, q):
            return "unreachable"

show("subject 1", lambda: reached_later(1))
show("subject 2", lambda: reached_later(2))
show("subject C()", lambda: reached_later(C()))

print("-- errors inside attribute lookup propagate (non-AttributeError) --")

class Explosive:
    @property
    def fuse(self):
        raise RuntimeError("boom while reading fuse")

def explode():
    match Explosive():
        case Explosive(fuse=f):
            return f

show("property raising RuntimeError", explode)

print("-- __match_args__ naming a missing attribute is just a failed match --")

class Ghost:
    __match_args__ = ("missing",)

def ghost():
    match Ghost():
        case Ghost(x):
            return "matched"
        case _:
            return "fell through"

show("missing attribute", ghost)
