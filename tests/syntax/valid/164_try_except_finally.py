try:
    int("x")
except ValueError:
    pass
finally:
    print("cleanup")
try:
    pass
except:
    pass
else:
    pass
