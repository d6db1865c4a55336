tokens = ["10", " 20 ", "-5", "thirty"]
total = 0
for token in tokens:
    total += int(token)
    print(token.strip(), "->", total)
print("total", total)
