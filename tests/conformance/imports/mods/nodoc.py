# A comment is not a docstring.
x = 1
