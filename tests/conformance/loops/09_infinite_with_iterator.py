it = iter([10, 20, 30])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("got", v)
count = 0
while count < 100:
    count += 7
    if count > 30:
        break
else:
    print("not reached")
print(count)
