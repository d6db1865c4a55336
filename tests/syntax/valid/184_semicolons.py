a = 1; b = 2; c = 3
print(a); print(b);
x = 1;
if a: a += 1; b += 1
def f(): x = 1; return x
for i in range(2): pass; a += i
while False: pass;
print(a, b, c, f())
