with open("output.txt", "w") as f:
    f.write("data\n")
with open("output.txt") as f:
    print(f.read().strip())
with open("input_missing.txt") as f:
    print(f.read())
