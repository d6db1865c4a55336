import heapq

print(heapq.__all__)
print(sorted(n for n in heapq.__all__))
for name in ["heappush", "heappop", "heapify", "heapreplace", "heappushpop"]:
    f = getattr(heapq, name)
    print(name, repr(f), f.__name__, type(f).__name__)
for name in ["merge", "nlargest", "nsmallest"]:
    f = getattr(heapq, name)
    print(name, f.__name__, type(f).__name__, f.__module__, callable(f))
print(heapq.heappush.__doc__.splitlines()[0])
print(heapq.heappop.__doc__.splitlines()[0])
print(heapq.__name__, len(heapq.__all__))
