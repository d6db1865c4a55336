import heapq

people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 19), ("eve", 25), ("fay", 40)]
age = lambda p: p[1]
for n in [0, 1, 2, 3, 6, 10]:
    print(n, heapq.nlargest(n, people, key=age))
    print(n, heapq.nsmallest(n, people, key=age))
print(heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len), heapq.nsmallest(2, ["bb", "a", "ccc", "dd"], key=len))
print(heapq.nlargest(3, [-5, 2, -1, 4], key=abs), heapq.nsmallest(3, [-5, 2, -1, 4], key=abs))
print(heapq.nlargest(2, [3, 1, 2], key=None), heapq.nsmallest(2, [3, 1, 2], key=None))
print(heapq.nsmallest(1, people, key=age), heapq.nlargest(1, people, key=lambda p: p[0]))
print(heapq.nlargest(-2, people, key=age), heapq.nsmallest(1, [], key=age))
for n in range(7):
    assert heapq.nlargest(n, people, key=age) == sorted(people, key=age, reverse=True)[:n]
    assert heapq.nsmallest(n, people, key=age) == sorted(people, key=age)[:n]
print("matches sorted for all n")
