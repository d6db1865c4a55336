try:
    pass
except ValueError:
    pass
else:
pass
