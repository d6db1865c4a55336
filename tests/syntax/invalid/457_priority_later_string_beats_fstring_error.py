s = f"{}"
y = 'abc
