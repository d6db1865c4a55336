import textwrap

w = textwrap.TextWrapper(width=20)
texts = ["The first paragraph talks about kernels.",
         "The second one is about garbage collection and reference counts.",
         ""]
for t in texts:
    print(w.wrap(t))
w.width = 12
print(w.wrap(texts[0]))
w.initial_indent = "- "
w.subsequent_indent = "  "
print(w.fill(texts[1]))
w.max_lines = 2
print(w.wrap(texts[1]))
w.placeholder = "~"
print(w.wrap(texts[1]))
w.max_lines = None
w.break_long_words = False
print(w.wrap("tiny enormousword"))
w.width = 0
try:
    w.wrap("x")
except ValueError as e:
    print(type(e).__name__, e)
w.width = 30
print(w.fill(texts[0]))
print(w.wrap(texts[0]) == w.wrap(texts[0]))
