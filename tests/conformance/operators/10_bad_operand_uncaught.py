prices = {"apple": 1.5, "pear": 2}
total = 0
for name in ["apple", "pear"]:
    total += prices[name]
print("total", total)
label = "Total: " + total
print(label)
