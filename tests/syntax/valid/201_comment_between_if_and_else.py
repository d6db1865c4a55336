x = 1
if x:
    y = 1

# a comment at column zero before else

else:
    y = 2
try:
    pass
    # comment deeper
# comment shallower
except Exception:
    pass
print(y)
