# Compile-time errors: irrefutable patterns that make later cases unreachable

def try_compile(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "-> compiled fine")
    except SyntaxError as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

try_compile("capture then literal", """
match v:
    case x:
        pass
    case 1:
        pass
""")

try_compile("wildcard then literal", """
match v:
    case _:
        pass
    case 2:
        pass
""")

try_compile("capture in or-pattern", """
match v:
    case x | 1:
        pass
""")

try_compile("wildcard in or-pattern", """
match v:
    case _ | 1:
        pass
""")

try_compile("parenthesized capture", """
match v:
    case 0:
        pass
    case (y):
        pass
    case 3:
        pass
""")

try_compile("capture with as", """
match v:
    case y as z:
        pass
    case 1:
        pass
""")

try_compile("irrefutable last case is fine", """
match v:
    case 1:
        pass
    case x:
        pass
""")

try_compile("guarded capture is fine", """
match v:
    case x if x:
        pass
    case 1:
        pass
""")

try_compile("nested capture is refutable", """
match v:
    case [x]:
        pass
    case 1:
        pass
""")

try_compile("wildcard in nested or-pattern", """
match v:
    case [1, (_ | 2)]:
        pass
""")

try_compile("error line number later in file", """
x = 1
y = 2
match v:
    case 1:
        pass
    case 2:
        pass
    case other:
        pass
    case 3:
        pass
""")

print("-- the same code as a real match statement works when valid --")
for v in [1, 5]:
    match v:
        case 1:
            print("one")
        case x:
            print("captured", x)
