import csv
import io

data = "name,age,city\nAnn,31,Oslo\nBob,27,Rome\n"
dr = csv.DictReader(io.StringIO(data))
print(type(dr).__name__)
print(dr.fieldnames)
for rec in dr:
    print(type(rec).__name__, rec)
print(dr.line_num)

# explicit fieldnames: first line is data
dr = csv.DictReader(io.StringIO(data), fieldnames=["a", "b", "c"])
print(dr.fieldnames)
print([dict(r) for r in dr])

# fieldnames is read lazily
dr = csv.DictReader(io.StringIO("x,y\n1,2\n"))
print(dr.line_num)
print(dr.fieldnames, dr.line_num)

# empty input
dr = csv.DictReader(io.StringIO(""))
print(dr.fieldnames)
print(list(dr))

# blank lines are skipped
dr = csv.DictReader(io.StringIO("a,b\n\n1,2\n\n\n3,4\n"))
for rec in dr:
    print(dr.line_num, rec)

# duplicate field names: last wins
print(list(csv.DictReader(["k,k,v", "1,2,3"])))

# fieldnames given as a tuple / generator
dr = csv.DictReader(["1,2"], fieldnames=("p", "q"))
print(dr.fieldnames, list(dr))
dr = csv.DictReader(["1,2"], fieldnames=(c for c in "pq"))
try:
    print(list(dr))
except TypeError as e:
    print(type(e).__name__, e)

# reader attribute and dialect
dr = csv.DictReader(["a;b", "1;2"], delimiter=";")
print(type(dr.reader).__name__, repr(dr.reader.dialect.delimiter), dr.dialect, list(dr))

# setting fieldnames after creation
dr = csv.DictReader(["1,2", "3,4"])
dr.fieldnames = ["one", "two"]
print(list(dr))
