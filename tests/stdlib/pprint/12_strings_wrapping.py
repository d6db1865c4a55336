# Long strings are split into adjacent literals at whitespace; parenthesized at top level.
import pprint

text = "The quick brown fox jumps over the lazy dog and keeps running far away from here"
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint(text, width=10)
pprint.pprint([text], width=30)
pprint.pprint({"key": text}, width=40)
pprint.pprint((text, text), width=50)
pprint.pprint("no_spaces_at_all_" * 8, width=30)
pprint.pprint("word   with    runs     of      spaces       between        them", width=20)
pprint.pprint("   leading spaces and trailing spaces   ", width=15)
pprint.pprint("tabs\tand\tother\x0bwhitespace\x0cin\u3000here and\u00a0nbsp", width=15)
pprint.pprint("quote's \"mixed\" here and there and everywhere", width=20)
pprint.pprint("short", width=3)
pprint.pprint("a b", width=1)
print(pprint.pformat("x " * 50, width=40))
print(pprint.pformat(["x " * 50], width=40))
