1 = x
y = 'abc
