import csv
import io

lines = ['a, b,  c', '1, "two, three", 4', ' lead,  ,end']
print(list(csv.reader(lines)))
print(list(csv.reader(lines, skipinitialspace=True)))

# tabs are not skipped
print(list(csv.reader(['a,\tb'], skipinitialspace=True)))

# spaces before a quote without skipinitialspace
print(list(csv.reader(['a, "b"'])))
print(list(csv.reader(['a, "b"'], skipinitialspace=True)))

# trailing spaces are kept
print(list(csv.reader(['a  , b  '], skipinitialspace=True)))

# a field with only spaces
print(list(csv.reader(['a,   ,b'], skipinitialspace=True)))
print(list(csv.reader(['a,   '], skipinitialspace=True)))

# with a space delimiter
print(list(csv.reader(['a  b   c'], delimiter=' ')))
print(list(csv.reader(['a  b   c'], delimiter=' ', skipinitialspace=True)))

# writer with skipinitialspace: leading-space fields
buf = io.StringIO()
csv.writer(buf, skipinitialspace=True).writerow([" x", "y "])
print(repr(buf.getvalue()))

# DictReader with skipinitialspace
dr = csv.DictReader(['name, age', 'Ann, 31'], skipinitialspace=True)
print(list(dr))
