long = "part one " \
       "part two " \
       'part three'
print(long)
