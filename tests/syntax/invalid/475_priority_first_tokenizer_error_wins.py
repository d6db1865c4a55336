x = 01
y = 'abc
