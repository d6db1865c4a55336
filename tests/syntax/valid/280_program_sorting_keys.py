people = [("ann", 31), ("bob", 25), ("cy", 31)]
by_age = sorted(people, key=lambda p: p[1])
by_age_desc_name = sorted(people, key=lambda p: (-p[1], p[0]))
people.sort(key=lambda p: p[0], reverse=True)
print(by_age, by_age_desc_name, people)
print(min(people, key=lambda p: p[1]), list(reversed(people)))
