import textwrap

text = ("Large outputs make a notebook file heavy; clearing them before saving "
        "keeps version control diffs small and readable for reviewers.")
for n in (1, 2, 3, 4, 10):
    print(n, textwrap.wrap(text, 30, max_lines=n))
print(textwrap.fill(text, 30, max_lines=2))
print(textwrap.wrap("short text", 30, max_lines=1))
print(textwrap.wrap("exactly thirty characters long", 30, max_lines=1))
print(textwrap.wrap("exactly thirty characters long!", 30, max_lines=1))
print(textwrap.wrap("aaaa bbbb cccc dddd", 9, max_lines=2))
print(textwrap.wrap("aaaa bbbb cccc", 9, max_lines=2))
print(textwrap.wrap("a b c d e f g h", 5, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=2, initial_indent="> ", subsequent_indent=". "))
w = textwrap.TextWrapper(width=12, max_lines=3)
for t in ["one two three four five six seven", "one two", "one two three four five six"]:
    print(w.wrap(t))
print(textwrap.wrap("one two three four", 12, max_lines=2, placeholder=" ..."))
