def connect(host, *, port=80, secure=False):
    return f"{'https' if secure else 'http'}://{host}:{port}"
print(connect("a.com"))
print(connect("b.com", port=8080))
print(connect("c.com", secure=True, port=443))
try:
    connect("d.com", 8080)
except TypeError as e:
    print(type(e).__name__, e)
def req(*args, sep):
    return sep.join(args)
print(req("x", "y", sep="-"))
try:
    req("x", "y")
except TypeError as e:
    print(type(e).__name__, e)
