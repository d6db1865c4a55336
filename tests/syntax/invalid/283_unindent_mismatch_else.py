x = 1
if x:
    if x:
        pass
  else:
    pass
