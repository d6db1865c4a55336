f = open("data.txt", "w")
print(type(f.write("alpha\n")).__name__)
f.write("beta\ngamma")
f.close()
print(f.closed)
f = open("data.txt")
print(f.readline(), end="")
print(repr(f.readline()))
print(repr(f.readline()), repr(f.readline()))
f.close()
with open("data.txt") as f:
    lines = f.readlines()
print(lines)
with open("data.txt") as f:
    print([line.rstrip("\n") for line in f])
with open("data.txt", "a") as f:
    print("appending", f.write("\ndelta"))
print(open("data.txt").read().split("\n"))
with open("unicode.txt", "w") as f:
    f.write("héllo ✓\n")
with open("unicode.txt") as f:
    s = f.read()
print(s.strip(), len(s))
