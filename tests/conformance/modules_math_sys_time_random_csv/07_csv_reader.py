import csv
with open("people.csv", "w") as f:
    f.write("name,age,city\n")
    f.write("Ann,31,Paris\n")
    f.write("Bob,25,\"New York, NY\"\n")
    f.write("Cy,40,Oslo\n")
with open("people.csv", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = list(reader)
print(header)
for row in rows:
    print(row, len(row))
ages = [int(r[1]) for r in rows]
print(sum(ages) / len(ages), max(rows, key=lambda r: int(r[1]))[0])
