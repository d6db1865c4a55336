people = [("ann", "nyc"), ("bob", "sf"), ("cy", "nyc"), ("di", "la"), ("ed", "sf")]
by_city = {}
for name, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
for city in sorted(by_city):
    print(city, len(by_city[city]), ",".join(by_city[city]))
inverse = {}
for city, names in by_city.items():
    for n in names:
        inverse[n] = city
print(inverse)
print(max(by_city, key=lambda c: len(by_city[c])))
