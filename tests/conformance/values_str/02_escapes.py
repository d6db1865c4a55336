s = "tab\there\nnewline\\backslash"
print(s)
print(repr(s))
print(len("\n"), len("\\n"), len("\x41"), "\x41\x42", "\u00e9", "\N{GREEK SMALL LETTER ALPHA}")
print(repr("\x00\x07\x1b\x7f"))
print(repr("caf\u00e9"), repr("\u200b"), repr("\t\r"))
print("\101\102\103", "\0" == "\x00")
print(repr('\''), repr("\""), repr("'\""))
