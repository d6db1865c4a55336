open_paren = "("
x = ("(" + "]" + '{' + """}""")
y = [")", "]", "}"]
z = {"[": "("}
print(open_paren, x, y, z)
