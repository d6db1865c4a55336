import textwrap

paragraphs = """\
A notebook is a long-lived process. Each cell adds names to a shared namespace, and \
every object those names point to stays alive until the name is rebound or deleted.

Reference counting frees most objects as soon as the last reference disappears. Cycles \
need the garbage collector, which walks the container objects and finds groups that are \
unreachable from the outside.

Output caching is a quiet source of memory growth: the interpreter remembers the value \
of every expression cell in Out, _ and __, so a large array displayed once is kept \
forever unless the history is cleared."""

for i, para in enumerate(paragraphs.split("\n\n"), 1):
    print(f"[{i}]")
    print(textwrap.fill(para, 60, initial_indent="    ", fix_sentence_endings=True))
print()
wrapper = textwrap.TextWrapper(width=44, initial_indent="| ", subsequent_indent="| ")
for para in paragraphs.split("\n\n"):
    print("\n".join(wrapper.wrap(para)))
    print("|")
print()
print(textwrap.fill(paragraphs, 72, max_lines=5, placeholder=" [continued]"))
summary = [textwrap.shorten(p, 50) for p in paragraphs.split("\n\n")]
for s in summary:
    print(len(s), s)
