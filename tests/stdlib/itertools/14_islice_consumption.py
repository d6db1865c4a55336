import itertools

it = iter(range(40))
print(list(itertools.islice(it, 3)), next(it))
print(list(itertools.islice(it, 2, 5)), next(it))
print(list(itertools.islice(it, 0, 6, 4)), next(it))
print(list(itertools.islice(it, 1, 4, 2)), next(it))
print(list(itertools.islice(it, 0)), next(it))
print(list(itertools.islice(it, 3, 3)), next(it))
print(list(itertools.islice(it, 5, 2)), next(it))
print(next(it))
it = iter(range(5))
s = itertools.islice(it, 2)
print(next(s), next(it), next(s), list(s), next(it))
it = iter("abcdef")
chunks = []
while True:
    chunk = list(itertools.islice(it, 4))
    if not chunk:
        break
    chunks.append("".join(chunk))
print(chunks)
it = iter(range(10))
s = itertools.islice(it, 1, None, 3)
print(next(s), next(it), next(s), next(it))
it = iter([1, 2, 3])
print(list(itertools.islice(it, 0, 10, 2)), list(it))
