r1 = r"C:\new\table"
print(r1, len(r1))
print(repr(r1))
r2 = r'\d+\.\d*'
print(r2)
r3 = R"raw\n" "cooked\n"
print(repr(r3))
print(r"\"" , len(r"\""))
print(r"""triple
raw\t""")
