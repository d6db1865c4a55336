from contextlib import ExitStack


def fail(msg):
    raise RuntimeError(msg)


print("start")
with ExitStack() as stack:
    stack.callback(fail, "cleanup two failed")
    stack.callback(fail, "cleanup one failed")
    print("body")
