# An exception stored, re-raised several times and finally left uncaught, chained:
# its traceback keeps growing, and the frame it came from stays reachable.
import traceback


def first_failure():
    token = ["local of first_failure"]
    raise LookupError("original")


def keep():
    try:
        first_failure()
    except LookupError as e:
        return e


err = keep()
print(len(traceback.extract_tb(err.__traceback__)))
for i in range(2):
    try:
        raise err
    except LookupError as e:
        print(i, len(traceback.extract_tb(e.__traceback__)))
tb = err.__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals["token"])
del tb
print("raising", repr(err))
raise RuntimeError("gave up after %d tries" % 2) from err
