# The stream parameter: pprint writes the text and a newline to the given file object.
import io
import sys
import pprint

buf = io.StringIO()
pprint.pprint({"a": 1, "b": [2, 3]}, stream=buf)
pprint.pprint("second", buf)
print(repr(buf.getvalue()))
pp = pprint.PrettyPrinter(stream=buf, width=10)
pp.pprint([1, 2, 3, 4, 5])
print(repr(buf.getvalue()))


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)


rec = Recorder()
pprint.pprint([1, [2, 3]], stream=rec, width=5)
print(rec.calls[-1] == "\n", "".join(rec.calls))
saved = sys.stdout
other = io.StringIO()
sys.stdout = other
try:
    bound = pprint.PrettyPrinter()
    pprint.pprint("to the replaced stdout")
finally:
    sys.stdout = saved
bound.pprint("goes to the stdout in use at construction")
print(repr(other.getvalue()))
print(repr(pprint.pformat("pformat ignores streams")))
pprint.PrettyPrinter(stream=None).pprint("stream=None means stdout")
