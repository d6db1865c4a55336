name = "Ada"
print(len(name), name[-1], name[-3])
print(name[1:99], repr(name[5:]))
for i in range(4):
    print(i, name[i])
