# Class patterns with keyword subpatterns

class User:
    def __init__(self, name, age, admin=False):
        self.name = name
        self.age = age
        self.admin = admin

    def __repr__(self):
        return "User(%r, %r, admin=%r)" % (self.name, self.age, self.admin)

def greet(u):
    match u:
        case User(admin=True, name=n):
            return "welcome back, administrator " + n
        case User(name="root"):
            return "root without admin flag?"
        case User(age=a, name=n) if a < 18:
            return "hi young " + n
        case User(name=n, age=a):
            return "hello %s (%d)" % (n, a)
        case _:
            return "who are you?"

for u in [User("ann", 40, True), User("root", 1), User("kid", 10), User("bob", 30), "bob"]:
    print(u, "->", greet(u))

print("-- missing attribute simply fails to match --")

class Thing:
    pass

t = Thing()
t.color = "blue"
for attr_check in range(2):
    match t:
        case Thing(size=s):
            print("has size", s)
        case Thing(color=c):
            print("no size, color", c)
    t.size = 99

print("-- attributes from properties and __getattr__ --")

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(name)

    @property
    def computed(self):
        return 6 * 7

d = Dynamic()
match d:
    case Dynamic(dyn_hello=h, computed=c):
        print("dyn_hello =", h, "computed =", c)
match d:
    case Dynamic(missing=m):
        print("missing matched?", m)
    case Dynamic():
        print("missing attribute -> fell through to Dynamic()")

print("-- a property raising AttributeError means no match --")

class Flaky:
    @property
    def value(self):
        raise AttributeError("value not ready")

match Flaky():
    case Flaky(value=v):
        print("got value", v)
    case _:
        print("Flaky value not matched")

print("-- keyword patterns with nested sequences and mappings --")

class Request:
    def __init__(self, method, path, headers):
        self.method = method
        self.path = path
        self.headers = headers

reqs = [
    Request("GET", ["api", "users", "7"], {"Accept": "json"}),
    Request("POST", ["api", "users"], {"Content-Type": "json", "X": "1"}),
    Request("GET", ["static", "a", "b.css"], {}),
    Request("DELETE", ["x"], {}),
]
for r in reqs:
    match r:
        case Request(method="GET", path=["api", "users", uid], headers={"Accept": fmt}):
            print("get user", uid, "as", fmt)
        case Request(method="POST", path=["api", "users"], headers={"Content-Type": ct, **rest}):
            print("create user with", ct, "extra headers", rest)
        case Request(method="GET", path=["static", *parts]):
            print("static file", "/".join(parts))
        case Request(method=m):
            print("unsupported method", m)
