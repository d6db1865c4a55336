data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
total = 0
while (n := next(it, None)) is not None:
    total += n
    if total > 10:
        break
print(total, n)
chunks = []
pos = 0
text = "abcdefghij"
while (chunk := text[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)
