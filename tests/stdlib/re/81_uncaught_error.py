# An uncaught re.error: the last line of the traceback names it as re.error.
import re

print(re.sub(r"(\w+)", r"<\1>", "ok so far"))
re.compile(r"abc\q")
print("not reached")
