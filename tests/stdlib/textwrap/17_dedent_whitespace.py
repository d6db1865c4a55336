import textwrap

cases = [
    "\ta\n\tb",
    "\ta\n        b",
    "  \ta\n  \tb",
    "  \ta\n\t  b",
    "    a\n\n    b",
    "    a\n  \n    b",
    "    a\n        \n    b",
    "    a\n \t \n    b",
    "   \n   \n",
    "  a\n   \n b",
    "\t\ta\n\tb\n\t\t\tc",
    "    a\n    \tb",
    " a\n\u00a0b",
    "\u3000a\n\u3000b",
    "  a\x0c\n  b",
    "\x0c  a\n\x0c  b",
    "  a\r  b",
]
for text in cases:
    print(repr(text), "->", repr(textwrap.dedent(text)))
