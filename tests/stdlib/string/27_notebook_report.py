import string
from string import Template

rows = [("alpha", 12, 3.5), ("beta", 7, 12.25), ("gamma", 130, 0.5)]
header = Template("Report for $project (${count} rows)")
print(header.substitute(project="cellar", count=len(rows)))
line = Template("| $name | $qty | $price |")
for name, qty, price in rows:
    print(line.substitute(name=f"{name:<6}", qty=f"{qty:>4}", price=f"{price:7.2f}"))
fmt = string.Formatter()
total = sum(q * p for _, q, p in rows)
print(fmt.format("{label:.<20}{value:>10,.2f}", label="Total", value=total))
print(fmt.format("{0:=^30}", " end "))

email = Template("""Dear $name,

Your order #$order_id of $$${amount} has shipped.
-- ${shop}""")
orders = [{"name": "Ann", "order_id": 1001, "amount": "19.99"},
          {"name": "Bo", "order_id": 1002, "amount": "5.00", "shop": "Notebook Store"}]
for o in orders:
    print(email.safe_substitute(o))
    print("valid:", email.is_valid(), "missing:",
          [k for k in email.get_identifiers() if k not in o])
print(string.capwords("quarterly memory usage summary"))
