def polite():
    try:
        yield "working"
    except GeneratorExit:
        print("cleaning up, then returning")
        return "ignored value"
    print("not reached")
p = polite()
print(next(p))
print("close returned", p.close())
def broad():
    try:
        yield 1
    except Exception:
        print("Exception does not catch GeneratorExit")
    except BaseException as e:
        print("BaseException caught", type(e).__name__, e.args)
        raise
b = broad()
next(b)
b.close()
print("broad closed")
def converter():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("converted on close")
c = converter()
next(c)
try:
    c.close()
except ValueError as e:
    print("close raised", e, "| context:", type(e.__context__).__name__)
print("suspended:", c.gi_suspended)
def stop_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("sneaky")
s = stop_on_close()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def falls_off():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, falling off the end")
f = falls_off()
next(f)
print("close ->", f.close())
