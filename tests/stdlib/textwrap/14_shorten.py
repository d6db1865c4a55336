import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
text = "Memory profiling   in notebooks\tis   easier\nwith the right tools."
for w in (80, 40, 30, 20, 15, 10, 5):
    print(w, repr(textwrap.shorten(text, w)))
print(repr(textwrap.shorten("", 10)))
print(repr(textwrap.shorten("   ", 10)))
print(repr(textwrap.shorten("supercalifragilistic", 10)))
print(repr(textwrap.shorten("supercalifragilistic", 10, placeholder="")))
print(repr(textwrap.shorten("a b c d e f g", 7, placeholder="+")))
print(repr(textwrap.shorten("x-ray vision", 8, placeholder="~")))
print(repr(textwrap.shorten("Sentence one. Two.", 80, fix_sentence_endings=True)))
print(repr(textwrap.shorten("a\tb", 80, expand_tabs=False)))
print(repr(textwrap.shorten("abc def ghi", 9, break_long_words=False)))
