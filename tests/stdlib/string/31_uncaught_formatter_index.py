import string

f = string.Formatter()
print(f.format("{0}-{0}", "rep"))
print(list(f.parse("{0} {1} {2}")))
print(f.vformat("{0} {1}", ("x", "y"), {}))
print(f.format("{0} {1}", "a", "b"))
try:
    "{0} {1} {2}".format("a", "b")
except IndexError as e:
    print("str.format says:", e)
fields = [name for _, name, _, _ in f.parse("{0} {1} {2}")]
print("fields:", fields)
print(f.format("{0} {1} {2}", "a", "b"))
print("not reached")
