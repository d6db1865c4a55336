ORIGIN = 'first'
