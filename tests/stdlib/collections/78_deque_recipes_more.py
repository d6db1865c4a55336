from collections import deque


def roundrobin(*iterables):
    iterators = deque(map(iter, iterables))
    while iterators:
        try:
            while True:
                yield next(iterators[0])
                iterators.rotate(-1)
        except StopIteration:
            iterators.popleft()


print(list(roundrobin("ABC", "D", "EF")))


def bfs(graph, start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


print(bfs({1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}, 1))


def palindrome(word):
    d = deque(c for c in word.lower() if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True


print([palindrome(w) for w in ("Racecar", "A man, a plan, a canal: Panama", "deque")])
