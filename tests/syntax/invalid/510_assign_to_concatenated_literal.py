x = 'abc' 'def' = 1
