def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
        return True
    return False
print([n for n in range(2, 12) if is_prime(n)])
for x in []:
    print("no")
else:
    print("empty for else")
