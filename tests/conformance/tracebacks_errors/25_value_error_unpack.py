record = "name,age,city"
fields = record.split(",")
print(fields, len(fields))
first, *others = fields
print(first, others)
name, age = record.split(",")
print(name, age)
