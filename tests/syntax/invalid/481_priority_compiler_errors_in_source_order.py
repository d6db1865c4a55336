x = 1
continue
return x
