a = "carriage\r\nreturn"
b = 'embedded \\n literally'
c = """triple with \\ backslash and \
continued"""
d = r"raw ends with escaped quote \""
print(repr(a), b, c, d)
