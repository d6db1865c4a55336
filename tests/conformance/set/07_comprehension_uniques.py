words = ["apple", "avocado", "banana", "blueberry", "cherry"]
lengths = {len(w) for w in words}
print(sorted(lengths), len(lengths))
firsts = {w[0] for w in words}
print(sorted(firsts))
print({x % 4 for x in range(20)})
print({x * x for x in range(-3, 4)})
evens = set(range(0, 10, 2))
odds = {x for x in range(10) if x not in evens}
print(evens, odds, evens | odds == set(range(10)))
