message = ("first line, "
           "second line, "
           'third line')
parts = [
    "a"
    "b",
    "c"
]
call = print("x"
             "y")
print(message, parts)
