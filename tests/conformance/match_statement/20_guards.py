# Guards

def bucket(x):
    match x:
        case int(n) if n < 0:
            return "negative"
        case int(n) if n == 0:
            return "zero"
        case int(n) if n > 100:
            return "huge"
        case int(n) if n % 2 == 0:
            return "even"
        case int():
            return "odd"
        case _:
            return "not an int"

for v in [-5, 0, 101, 4, 7, "x", True]:
    print(repr(v), "->", bucket(v))

print("-- guard refers to several captures --")
for v in [(1, 2), (2, 1), (3, 3), (1, 2, 3)]:
    match v:
        case (a, b) if a < b:
            print(v, "ascending")
        case (a, b) if a > b:
            print(v, "descending")
        case (a, b):
            print(v, "equal")
        case (a, b, c) if a + b == c:
            print(v, "a + b == c")

print("-- guard uses outer variables --")
threshold = 10
for v in [5, 15]:
    match v:
        case n if n > threshold:
            print(v, "above", threshold)
        case n:
            print(v, "at or below", threshold)

print("-- guard with walrus --")
for word in ["apple", "kiwi", "banana", "fig"]:
    match word:
        case str(w) if (n := len(w)) > 4:
            print(word, "is long, length", n)
        case str(w):
            print(word, "is short")

print("-- guard failing moves to the next case, not out of match --")
for v in [[1, 2], [3, 4]]:
    match v:
        case [x, y] if x == 3:
            print(v, "first case")
        case [x, y] if y == 2:
            print(v, "second case")
        case _:
            print(v, "default")

print("-- guard on wildcard --")
flag = True
match "anything":
    case _ if flag:
        print("wildcard with true guard")
flag = False
match "anything":
    case _ if flag:
        print("should not print")
    case _:
        print("wildcard with false guard falls to next case")

print("-- guards calling functions and truthiness --")

def is_prime(n):
    return n > 1 and all(n % d for d in range(2, n))

primes = []
for n in range(20):
    match n:
        case _ if is_prime(n):
            primes.append(n)
print("primes:", primes)
for v in [[], [0], "", "s", 0, 3]:
    match v:
        case x if x:
            print(repr(v), "truthy")
        case x:
            print(repr(v), "falsy")
