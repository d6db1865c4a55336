x = 'abc'
y = "def'
