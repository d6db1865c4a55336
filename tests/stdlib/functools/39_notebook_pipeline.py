import functools
import operator

def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns)

clean = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print([clean(s) for s in ["  Hello World ", "Data Frame", " X "]])

records = [
    {"city": "Oslo", "temp": 3.5, "rain": 12},
    {"city": "Rome", "temp": 18.0, "rain": 4},
    {"city": "Oslo", "temp": 5.0, "rain": 9},
    {"city": "Lima", "temp": 22.5, "rain": 0},
    {"city": "Rome", "temp": 16.5, "rain": 7},
]

def group(acc, rec):
    acc.setdefault(rec["city"], []).append(rec)
    return acc
groups = functools.reduce(group, records, {})
for city in sorted(groups):
    temps = [r["temp"] for r in groups[city]]
    print(city, len(temps), sum(temps) / len(temps), functools.reduce(operator.add, (r["rain"] for r in groups[city])))

get_temp = operator.itemgetter("temp")
warmest = functools.reduce(lambda a, b: a if get_temp(a) >= get_temp(b) else b, records)
print("warmest", warmest["city"])

round1 = functools.partial(round, ndigits=1)
print(list(map(round1, [1.26, 2.04, 3.15])))

@functools.lru_cache(maxsize=None)
def lookup_rate(currency):
    print("  fetching", currency)
    return {"EUR": 1.0, "USD": 0.9, "NOK": 0.085}[currency]
prices = [("EUR", 10), ("USD", 20), ("EUR", 5), ("NOK", 100), ("USD", 1)]
print(round(sum(lookup_rate(c) * v for c, v in prices), 3))
print(lookup_rate.cache_info())

def compare_city(a, b):
    return (a["rain"] > b["rain"]) - (a["rain"] < b["rain"]) or (a["temp"] > b["temp"]) - (a["temp"] < b["temp"])
print([r["city"] + str(r["rain"]) for r in sorted(records, key=functools.cmp_to_key(compare_city))])
