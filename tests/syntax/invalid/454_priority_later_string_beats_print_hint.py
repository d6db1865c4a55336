print "x"
y = 'abc
