a = b = c = d = 1
del (a), [b]
del (c,)
lst = [1, 2, 3]
del (lst[0]), lst[0]
del ((d))
print(lst)
