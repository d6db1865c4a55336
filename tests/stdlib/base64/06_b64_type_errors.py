import base64


def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for f in (base64.b64encode, base64.standard_b64encode, base64.urlsafe_b64encode):
    for arg in ["abc", 5, None, [1, 2], 3.5]:
        show(f.__name__ + " " + repr(arg), f, arg)
for f in (base64.b64decode, base64.standard_b64decode, base64.urlsafe_b64decode):
    for arg in [5, None, [1, 2], "caf\xe9", object]:
        show(f.__name__ + " " + type(arg).__name__, f, arg)
show("b64encode no args", base64.b64encode)
show("b64decode too many", base64.b64decode, b"", None, False, 1)
show("b64decode bad kw", base64.b64decode, b"", strict=True)
