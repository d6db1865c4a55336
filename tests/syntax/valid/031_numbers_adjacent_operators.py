a = 1+2
b = 3-4
c = 1.5*2
d = 1e3-1
e = 0xF+0o7+0b1
f = [1,2,3][1]
g = -1
h = +.5
print(a,b,c,d,e,f,g,h)
