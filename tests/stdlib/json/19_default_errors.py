import json


class Thing:
    pass


for v in [{1, 2}, Thing(), object(), 1j, b"x", bytearray(), range(2), len, Thing, type]:
    try:
        json.dumps(v)
    except TypeError as e:
        print(type(e).__name__, e)
# nested bad values
try:
    json.dumps({"a": [1, {"b": {3}}]})
except TypeError as e:
    print(type(e).__name__, e)
# a default that raises: its exception propagates
def bad(o):
    raise ValueError("no way: " + type(o).__name__)


try:
    json.dumps([1, Thing()], default=bad)
except ValueError as e:
    print(type(e).__name__, e)
# default returning another unserializable thing -> calls default again (on that)
seen = []


def ret_obj(o):
    seen.append(type(o).__name__)
    if isinstance(o, Thing):
        return {5}
    return JSONError  # noqa: F821 (NameError inside default)


try:
    json.dumps(Thing(), default=ret_obj)
except NameError as e:
    print(type(e).__name__, e)
print(seen)
# the JSONEncoder.default base method
try:
    json.JSONEncoder().default(Thing())
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(json.JSONEncoder().iterencode([1j]))
except TypeError as e:
    print(type(e).__name__, e)
