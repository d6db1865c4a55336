ﬁle = 1
print(file)
ℌ = 2
print(H)
