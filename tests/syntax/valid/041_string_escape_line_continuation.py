a = "first part \
second part"
b = 'one\
two'
c = """triple \
joined"""
print(a, b, c)
