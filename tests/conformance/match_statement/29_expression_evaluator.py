# A small expression evaluator and simplifier built on match

class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand

def show(e):
    match e:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return "-" + show(x)
        case BinOp(op, l, r):
            return "(%s %s %s)" % (show(l), op, show(r))

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(n) if n in env:
            return env[n]
        case Var(n):
            raise NameError("unbound variable " + n)
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError("unknown operator " + op)

def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case _, Num(a), Num(b):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case "-", x, y if show(x) == show(y):
                    return Num(0)
                case _:
                    return BinOp(op, l, r)
        case Neg(Neg(x)):
            return simplify(x)
        case Neg(Num(v)):
            return Num(-v)
        case Neg(x):
            return Neg(simplify(x))
        case _:
            return e

exprs = [
    BinOp("+", Num(0), Var("x")),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("*", Var("z"), BinOp("-", Var("a"), Var("a"))),
    Neg(Neg(BinOp("*", Num(1), Var("x")))),
    BinOp("-", Neg(Num(4)), BinOp("*", Num(2), Num(5))),
    BinOp("/", Num(1), Num(2)),
    BinOp("+", Var("x"), Var("unknown")),
]
env = {"x": 10, "y": 3, "z": 7, "a": 100}
for e in exprs:
    print("expression:", show(e))
    try:
        s = simplify(e)
        print("  simplified:", show(s))
        print("  value:", evaluate(e, env), "simplified value:", evaluate(s, env))
    except (NameError, ValueError) as err:
        print("  error:", type(err).__name__, err)
