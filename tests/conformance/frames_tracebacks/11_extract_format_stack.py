# traceback.extract_stack / format_stack / print_stack / walk_stack inside nested functions.
import sys
import traceback


class CleanStdout:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


def clean(lines):
    return [s.replace(__file__, "FILE") for s in lines]


def outer():
    marker = "outer"
    return middle()


def middle():
    return inner()


def inner():
    stack = traceback.extract_stack()
    print(type(stack).__name__, [(fs.name, fs.lineno) for fs in stack])
    print(stack[-1].line)
    print(all(fs.filename == __file__ for fs in stack))
    print([fs.name for fs in traceback.extract_stack(limit=2)])
    print([fs.name for fs in traceback.extract_stack(limit=-2)])
    caller = sys._getframe(1)
    print([fs.name for fs in traceback.extract_stack(caller)])
    print([fs.name for fs in traceback.extract_stack(f=caller.f_back)])
    for line in clean(traceback.format_stack(limit=-2)):
        print(repr(line))
    print("--- print_stack")
    traceback.print_stack(limit=2, file=CleanStdout())
    print("--- walk_stack")
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())])
    print([f.f_code.co_name for f, n in traceback.walk_stack(sys._getframe(2))])
    return len(stack)


print(outer())

print("--- from module level")
top = traceback.extract_stack()
print(len(top), top[0].name, top[0].lineno, top[0].line)
print(clean(traceback.format_stack()))

print("--- inside a lambda, a comprehension and a generator")
print((lambda: [fs.name for fs in traceback.extract_stack()])())
print([[fs.name for fs in traceback.extract_stack()] for _ in range(1)][0])


def gen():
    yield [fs.name for fs in traceback.extract_stack()]


def drive():
    return next(gen())


print(drive())

print("--- inside an exception handler the stack is the live one, not the traceback")


def fails():
    raise ValueError


def handler():
    try:
        fails()
    except ValueError:
        return [fs.name for fs in traceback.extract_stack()]


print(handler())
