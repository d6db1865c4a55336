s = "newline\n tab\t backslash\\ quote\' dquote\" "
t = 'bell\a back\b formfeed\f vtab\v cr\r nul\0'
print(repr(s), repr(t))
