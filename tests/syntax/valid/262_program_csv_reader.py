import csv

def load(path):
    rows = []
    with open(path) as fh:
        for row in csv.DictReader(fh):
            row["age"] = int(row["age"])
            rows.append(row)
    return rows

def average_age(rows):
    return sum(r["age"] for r in rows) / len(rows) if rows else 0.0
