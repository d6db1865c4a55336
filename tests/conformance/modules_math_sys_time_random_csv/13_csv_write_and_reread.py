import csv
rows = [["id", "name", "qty"], [1, "widget", 4], [2, "gadget, deluxe", 1], [3, "gizmo", 10]]
with open("inventory.csv", "w") as f:
    for row in rows:
        cells = []
        for cell in row:
            s = str(cell)
            if "," in s:
                s = '"' + s + '"'
            cells.append(s)
        f.write(",".join(cells) + "\n")
with open("inventory.csv") as f:
    print(f.read(), end="")
with open("inventory.csv") as f:
    data = list(csv.DictReader(f))
print([d["name"] for d in data], sum(int(d["qty"]) for d in data))
