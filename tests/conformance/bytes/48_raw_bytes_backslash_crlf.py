# CRLF line endings: raw bytes literal with backslash at end of line
z = rb"""a\
b"""
print(z)
s = r"""a\
b"""
print(repr(s))
