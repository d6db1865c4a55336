import csv
import io

data = "name,age,city\nAlice,30,Paris\nBob,25,\"New York, NY\"\n,,\n\nlast\n"
r = csv.reader(io.StringIO(data))
print(type(r).__name__)
for row in r:
    print(repr(row))

# reader over a list of strings
rows = list(csv.reader(["a,b,c", "1,2,3", "x"]))
print(rows)

# quoted empty field vs unquoted empty
print(list(csv.reader(['"",a,', 'a,"",""'])))

# doubled quotes inside quotes
print(list(csv.reader(['"he said ""hi""",done'])))

# quote in the middle of an unquoted field
print(list(csv.reader(['ab"c,d'])))

# whitespace kept
print(list(csv.reader([' a , b ,c '])))

# CRLF endings
print(list(csv.reader(io.StringIO("a,b\r\nc,d\r\n"))))

# iterating manually with next()
r = csv.reader(["1,2", "3,4"])
print(next(r))
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("StopIteration", repr(e.args))

# iter(reader) is reader
r = csv.reader([])
print(iter(r) is r)
print(list(r))

# a single string is iterated char by char
print(list(csv.reader("ab,c")))
