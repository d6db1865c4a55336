ORIGIN = 'second'
