# f_locals of frames that ended with an exception: values and key order.
import sys


def last_frame(exc):
    tb = exc.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame


def simple(a, b, *rest, key="k", **extra):
    total = a + b
    label = "sum"
    raise ValueError(total)


try:
    simple(1, 2, 3, 4, key="K", z=26)
except ValueError as e:
    f = last_frame(e)
    print(f.f_code.co_name, f.f_locals)
    print(list(f.f_locals))
    print(f.f_locals is f.f_locals)


# Keys follow the order the compiler numbered the variables in (first appearance in the
# source), not the order they were assigned at run time; unbound and deleted names are absent.
def order(flag):
    for i in range(2):
        if i == 1:
            first_in_source = "assigned second"
        else:
            second_in_source = "assigned first"
    gone = 1
    del gone
    if flag:
        never = 0
    raise KeyError(i)


try:
    order(False)
except KeyError as e:
    f = last_frame(e)
    print(f.f_locals)
    print("never" in f.f_locals, "gone" in f.f_locals)
    print(f.f_code.co_varnames)


# Cell variables (captured by an inner function) are in f_locals too; so are free variables.
def with_cells(x):
    y = x * 10

    def inner():
        z = y + 1
        raise LookupError(z)

    count = 3
    return inner()


try:
    with_cells(4)
except LookupError as e:
    tb = e.__traceback__.tb_next
    outer_locals = tb.tb_frame.f_locals
    print(tb.tb_frame.f_code.co_name, list(outer_locals))
    print(outer_locals["x"], outer_locals["y"], outer_locals["count"], outer_locals["inner"].__name__)
    inner_frame = tb.tb_next.tb_frame
    print(inner_frame.f_code.co_name, inner_frame.f_locals)


# The values are the objects themselves, as they were when the frame stopped.
data = [1, 2]


def mutate(lst):
    lst.append(3)
    copy = list(lst)
    lst.append(4)
    raise IndexError("stop")


try:
    mutate(data)
except IndexError as e:
    loc = last_frame(e).f_locals
    print(loc["lst"] is data, loc["lst"], loc["copy"])

# At module level f_locals is the globals dict itself.
print(sys._getframe().f_locals is globals())
print("data" in sys._getframe().f_locals)
