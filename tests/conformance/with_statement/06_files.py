with open("notes.txt", "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    print("wrote", n, f.closed)
print(f.closed)
with open("notes.txt") as f:
    print(repr(f.read()))
with open("notes.txt", "a") as f:
    f.write("third\n")
with open("notes.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open("notes.txt") as f:
    print(f.readline().strip(), f.readlines())
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
