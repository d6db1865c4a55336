name = "x"
values = [1, 2]
text = f"""
Name: {name}
Values: {values}
Total: {sum(
    values
)}
"""
print(text)
