import csv

lines = ["a,b,c", "1,2,3", "4,5", "6,7,8,9,10", "11"]
for rec in csv.DictReader(lines):
    print(rec)

print("-- restkey/restval")
for rec in csv.DictReader(lines, restkey="extra", restval="?"):
    print(rec)

print("-- restval None explicit, restkey tuple")
for rec in csv.DictReader(lines, restkey=("more",), restval=0):
    print(rec)

print("-- restkey collides with field name")
for rec in csv.DictReader(["a,b", "1,2,3"], restkey="a"):
    print(rec)

print("-- empty string fields vs missing")
for rec in csv.DictReader(["a,b,c", ",,", ","], restval="MISSING"):
    print(rec)
