def f(x):  # comment after the colon
    # comment before the first statement
    return x

if f(1):  # trailing
    pass
else:  # else comment
    pass

# comment between blocks
for i in range(1):
    pass
