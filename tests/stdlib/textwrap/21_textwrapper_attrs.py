import textwrap

w = textwrap.TextWrapper()
for name in ["width", "initial_indent", "subsequent_indent", "expand_tabs",
             "replace_whitespace", "fix_sentence_endings", "break_long_words",
             "drop_whitespace", "break_on_hyphens", "tabsize", "max_lines", "placeholder"]:
    print(name, repr(getattr(w, name)))
w2 = textwrap.TextWrapper(30, "a", "b", False, False, True, False, False, False, 4,
                          max_lines=3, placeholder="..")
print(w2.width, w2.initial_indent, w2.subsequent_indent, w2.expand_tabs,
      w2.replace_whitespace, w2.fix_sentence_endings, w2.break_long_words,
      w2.drop_whitespace, w2.break_on_hyphens, w2.tabsize, w2.max_lines, w2.placeholder)
try:
    textwrap.TextWrapper(30, "a", "b", False, False, True, False, False, False, 4, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.TextWrapper(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("text", 10, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.fill("text", width=10, widht=5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(textwrap.TextWrapper.sentence_end_re.pattern))
print(textwrap.TextWrapper.unicode_whitespace_trans == {ord(c): 32 for c in "\t\n\x0b\x0c\r "})
print(sorted(textwrap.__all__))
w.extra_attribute = "allowed"
print(w.extra_attribute)
