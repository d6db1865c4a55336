import csv

old = csv.field_size_limit()
print(old)
print(csv.field_size_limit(10))
print(csv.field_size_limit())

try:
    print(list(csv.reader(["short,0123456789"])))
    print(list(csv.reader(["short,0123456789X"])))
except csv.Error as e:
    print(type(e).__name__, e)

try:
    print(list(csv.reader(['"quoted field longer"'])))
except csv.Error as e:
    print(type(e).__name__, e)

for bad in ["10", 1.5, None]:
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
print(csv.field_size_limit())

try:
    csv.field_size_limit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    csv.field_size_limit(limit=5)
except TypeError as e:
    print(type(e).__name__, e)

print(csv.field_size_limit(0))
try:
    print(list(csv.reader(["a"])))
except csv.Error as e:
    print(type(e).__name__, e)
print(list(csv.reader([""])))

print(csv.field_size_limit(old))
print(csv.field_size_limit() == 131072)
print(len(list(csv.reader(["x" * 131072]))[0][0]))
try:
    list(csv.reader(["x" * 131073]))
except csv.Error as e:
    print(type(e).__name__, e)
