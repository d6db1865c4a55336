import time

stamps = ['2024-01-15 08:30', '2024-01-16 09:45', '2024-01-17 7:05pm']
parsed = []
for s in stamps:
    p = time.strptime(s, '%Y-%m-%d %H:%M')
    parsed.append(p)
    print(time.strftime('%a %d %b, %H:%M', p))
print(len(parsed))
