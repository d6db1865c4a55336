import csv
text = 'a,"b,c",d\n"quote ""inside""",,end\n\n1,2\n'
with open("edge.csv", "w") as f:
    f.write(text)
with open("edge.csv", newline="") as f:
    for row in csv.reader(f):
        print(len(row), row)
with open("semi.csv", "w") as f:
    f.write("x;y\n1;2\n")
with open("semi.csv") as f:
    print(list(csv.reader(f, delimiter=";")))
