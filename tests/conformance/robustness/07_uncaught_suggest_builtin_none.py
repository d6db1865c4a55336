# A misspelt builtin constant: the suggestion comes from the builtins.
def check(flag):
    if flag is Nonee:
        return 'none'
    return 'some'

print('calling check')
print(check(1))
