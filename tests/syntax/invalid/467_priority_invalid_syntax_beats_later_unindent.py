x = = 1
if True:
    y = 1
  z = 2
