a = 'don\'t'
b = "say \"hi\""
c = '\\'
d = "\\\\"
e = '\'\''
print(a, b, c, d, e)
