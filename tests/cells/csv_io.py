# Covers: csv with io.StringIO across cells: writing, reading back, DictReader rows displayed.

# %%
import csv, io

# %%
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(['name', 'qty'])
w.writerows([['apple', 3], ['pear, green', 5]])

# %%
buf.getvalue()

# %%
print(buf.getvalue())

# %%
rows = list(csv.reader(io.StringIO(buf.getvalue())))
rows

# %%
list(csv.DictReader(io.StringIO(buf.getvalue())))

# %%
sum(int(r[1]) for r in rows[1:])

# %%
io.StringIO('a\nb\n').readlines()
