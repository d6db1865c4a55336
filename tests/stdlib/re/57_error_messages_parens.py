# Exact messages for parenthesis and group-syntax errors.
import re

def show(pat):
    try:
        re.compile(pat)
        print(repr(pat), "ok")
    except re.error as e:
        print(repr(pat), "->", e)

for pat in ["(", ")", "a)", "(a", "((a)", "(a))", "(?:a", "(?", "(?P", "(?P<", "(?P<n", "(?P<n>",
            "(?P=", "(?P=n", "(?=", "(?!", "(?<", "(?<=", "(?<!", "(?#", "(?#x", "(?i", "(?i:",
            "(?-", "(?-i", "(?>", "(?(", "(?(1", "(?(1)", ")(", "())", "(?:))", "a|)", "(?Q)",
            "(?&name)", "(?|a)", "(?R)", "(?'n'x)", "(*FAIL)", "\\(a\\)", "(a)(b)((c)"]:
    show(pat)
