from collections import defaultdict

text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick dog is a happy dog"""

by_line = defaultdict(lambda: defaultdict(int))
for lineno, line in enumerate(text.splitlines(), 1):
    for word in line.split():
        by_line[word][lineno] += 1
for word in sorted(by_line):
    print(word, dict(by_line[word]))
print(by_line["cat"][1], "cat" in by_line, len(by_line["cat"]))

index = defaultdict(list)
for pos, word in enumerate(text.split()):
    index[word[0]].append(pos)
print(sorted(index.items())[:5])

graph = defaultdict(set)
for a, b in [(1, 2), (2, 3), (1, 3), (3, 4)]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})

counts = defaultdict(int)
for w in text.split():
    counts[len(w)] += 1
print(sorted(counts.items()))
groups = defaultdict(list)
for w in sorted(set(text.split())):
    groups[len(w)].append(w)
print(dict(sorted(groups.items())))
matrix = defaultdict(lambda: defaultdict(lambda: "."))
matrix[0][1] = "#"
matrix[2][0] = "#"
for r in range(3):
    print("".join(matrix[r][c] for c in range(3)))
print(sorted(len(row) for row in matrix.values()))
