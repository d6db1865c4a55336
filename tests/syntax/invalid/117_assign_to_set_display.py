{a} = c
