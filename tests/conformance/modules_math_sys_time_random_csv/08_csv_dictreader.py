import csv
with open("scores.csv", "w") as f:
    f.write("student,subject,score\n")
    for line in ["amy,math,90", "amy,art,75", "ben,math,60", "ben,art,88", "cal,math,72"]:
        f.write(line + "\n")
with open("scores.csv") as f:
    records = list(csv.DictReader(f))
print(len(records), records[0])
print(list(records[0].keys()))
by_student = {}
for r in records:
    by_student.setdefault(r["student"], []).append(int(r["score"]))
for name, scores in by_student.items():
    print(f"{name}: {scores} avg={sum(scores) / len(scores):.1f}")
with open("summary.txt", "w") as out:
    for name in sorted(by_student):
        out.write(f"{name}\t{max(by_student[name])}\n")
with open("summary.txt") as f:
    print(f.read(), end="")
