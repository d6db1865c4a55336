# csv (CPython's _csv is C): write 60,000 rows to a StringIO with csv.writer, read them back
# with csv.reader and csv.DictReader, and total a numeric column.
import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["id", "name", "city", "score"])
for i in range(60000):
    w.writerow([i, f"name {i % 977}", "Paris, France" if i % 3 else 'Oslo "N"', i * 0.5])
text = buf.getvalue()

total = 0.0
rows = 0
for row in csv.reader(io.StringIO(text)):
    if row[0] != "id":
        total += float(row[3])
        rows += 1
cities = {}
for rec in csv.DictReader(io.StringIO(text)):
    cities[rec["city"]] = cities.get(rec["city"], 0) + 1
print(rows, total, sorted(cities.items()), len(text))
