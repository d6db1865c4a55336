import csv
with open("present.csv", "w") as f:
    f.write("k,v\n1,2\n")
with open("present.csv") as f:
    print(list(csv.DictReader(f)))
with open("absent.csv") as f:
    print(list(csv.reader(f)))
