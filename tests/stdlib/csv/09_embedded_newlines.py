import csv
import io

data = 'id,text\n1,"line one\nline two"\n2,"crlf\r\ninside"\n3,"ends with newline\n"\n4,plain\n'
r = csv.reader(io.StringIO(data, newline=""))
for row in r:
    print(repr(row))

# writing fields with \r, \n, \r\n
buf = io.StringIO(newline="")
w = csv.writer(buf)
w.writerow(["a\nb", "c\rd", "e\r\nf", "g"])
print(repr(buf.getvalue()))
buf.seek(0)
print(list(csv.reader(buf)))

# newline inside quotes across list items
print(list(csv.reader(['"start', 'middle', 'end",x'])))

# unterminated quoted field at EOF (non strict)
try:
    print(list(csv.reader(['"never closed', 'more'])))
except csv.Error as e:
    print(type(e).__name__, e)

# newline in an unquoted field from a list item
try:
    print(list(csv.reader(['a\nb,c'])))
except csv.Error as e:
    print(type(e).__name__, e)

# strings ending in \n are fine
print(list(csv.reader(['a,b\n', 'c,d\r\n'])))

# lone \r inside unquoted data in a list item
try:
    print(list(csv.reader(['a\rb'])))
except csv.Error as e:
    print(type(e).__name__, e)
