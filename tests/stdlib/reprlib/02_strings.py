import reprlib

r = reprlib.Repr()
samples = ["", "abc", "x" * 30, "x" * 31, "abcdefghijklmnopqrstuvwxyz0123456789",
           "quote ' in it" * 4, 'double " quote' * 4, "both ' and \"" * 5,
           "tab\there\nnewline" * 3, "ünïcödé " * 6, "\x00\x01" * 20, "é" * 40]
for s in samples:
    print(r.repr(s))
for limit in (0, 1, 2, 3, 4, 5, 10):
    r.maxstring = limit
    print(limit, r.repr("abcdefghijklmnopqrstuvwxyz"), r.repr("ab'cd"))
r.maxstring = 12
r.fillvalue = "<snip>"
print(r.repr("the quick brown fox jumps"))
r.fillvalue = ""
print(r.repr("the quick brown fox jumps"))


# a str subclass is an "instance", cut by maxother
class S(str):
    pass


r = reprlib.Repr()
print(r.repr(S("y" * 50)))
