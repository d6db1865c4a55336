value = 1 + \
    2  # comment after continuation
other = value \
    * 2
# backslash inside a comment is nothing special: \
print(value, other)
