if True:
    inside_if = "visible"
print(inside_if)
for loop_var in range(3):
    in_loop = loop_var * 2
print(loop_var, in_loop)
try:
    in_try = 1
    raise ValueError("x")
except ValueError as err:
    in_except = 2
print(in_try, in_except)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
while True:
    in_while = "yes"
    break
print(in_while)
with open("scratch.txt", "w") as fh:
    in_with = 3
print(in_with, fh.closed)
