import csv
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    rows = [["id", "name", "note"], [1, "Ann", "multi\nline"], [2, "Bob", 'q"uote'], [3, "Cé", ""]]
    with open("data.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)
    with open("data.csv", "rb") as f:
        print(f.read())
    with open("data.csv", newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        for row in r:
            print(row)

    # opened without newline='' on write: \r\n stays since Linux does no translation
    with open("plain.csv", "w", encoding="utf-8") as f:
        csv.writer(f).writerow(["a", "b"])
    with open("plain.csv", "rb") as f:
        print(f.read())

    # tab-separated file with DictWriter / DictReader
    with open("t.tsv", "w", newline="") as f:
        dw = csv.DictWriter(f, fieldnames=["k", "v"], dialect="excel-tab")
        dw.writeheader()
        dw.writerow({"k": "x", "v": 1.5})
        dw.writerow({"k": "y"})
    with open("t.tsv", newline="") as f:
        print(repr(f.read()))
        f.seek(0)
        for rec in csv.DictReader(f, dialect="excel-tab"):
            print(rec)

    # append mode
    with open("data.csv", "a", newline="") as f:
        csv.writer(f).writerow([4, "Dee", None])
    with open("data.csv", newline="") as f:
        print(list(csv.reader(f))[-2:])
    print(sorted(os.listdir(".")))
    for name in os.listdir("."):
        os.remove(name)
    os.chdir("/")
