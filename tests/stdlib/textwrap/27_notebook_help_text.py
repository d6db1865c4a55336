import textwrap

options = [
    ("--max-memory SIZE", "Abort the program with MemoryError when the heap grows beyond SIZE bytes; K, M and G suffixes are accepted."),
    ("--verify", "Run the heap verifier after every collection. Slow, but catches reference count bugs early."),
    ("-q", "Quiet."),
]
col = 22
for flag, desc in options:
    lines = textwrap.wrap(desc, 60 - col)
    print(f"  {flag:<{col - 2}}{lines[0]}")
    for rest in lines[1:]:
        print(" " * col + rest)


def helper():
    """Summarize memory use.

        Walks every object reachable from the globals and groups them
        by type, largest first.
    """


doc = helper.__doc__
first, _, body = doc.partition("\n")
print(first)
print(textwrap.indent(textwrap.dedent(body).strip(), "  | "))
table = {"ints": 1200, "lists of strings": 34, "dicts": 560}
for name, count in table.items():
    label = textwrap.shorten(name, 10, placeholder="…")
    print(f"{label:<10} {count:>6}")
message = "Warning: the kernel used 3.2 GiB at peak. Consider deleting unused data frames."
print(textwrap.fill(message, 40, initial_indent="!! ", subsequent_indent="   "))
