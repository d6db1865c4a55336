a = 1
b = a  +   2
c = a<  b
d = (  a  ,  b  )
e = [ a , b , ]
f = { 'k' :  a }
g = a . real
h = b [ 0 : 1 ] if False else None
print(a, b, c, d, e, f, g, h)
