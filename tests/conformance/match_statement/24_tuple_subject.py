# Tuple subjects: match x, y:

def fizzbuzz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 21)))

print("-- parenthesized and unparenthesized tuple subjects are the same --")
x, y = 1, 2
match x, y:
    case (1, 2):
        print("unparenthesized subject matched (1, 2)")
match (x, y):
    case 1, 2:
        print("parenthesized subject matched 1, 2")
match x, y:
    case tuple() as t:
        print("the subject is a tuple:", t, type(t).__name__)

print("-- single element tuple subject with trailing comma --")
match x,:
    case (1,):
        print("matched (1,)")
match x,:
    case 1:
        print("wrong: matched plain 1")
    case [v]:
        print("one-element sequence with", v)

print("-- starred expressions in the subject --")
rest = [3, 4]
match 1, 2, *rest:
    case a, b, *others:
        print("a", a, "b", b, "others", others)
match *rest, 5:
    case (3, 4, 5):
        print("starred subject built (3, 4, 5)")

print("-- rock paper scissors --")

def winner(p1, p2):
    match p1, p2:
        case (a, b) if a == b:
            return "draw"
        case ("rock", "scissors") | ("scissors", "paper") | ("paper", "rock"):
            return "player 1"
        case _:
            return "player 2"

for a in ["rock", "paper", "scissors"]:
    for b in ["rock", "paper", "scissors"]:
        print(a, "vs", b, "->", winner(a, b))

print("-- mixed types in a tuple subject --")
for a, b in [(1, "x"), ("x", 1), (None, None), ([1], {"k": 2})]:
    match a, b:
        case int(), str():
            print(a, b, "int then str")
        case str(), int():
            print(a, b, "str then int")
        case None, None:
            print(a, b, "both None")
        case [n], {"k": k}:
            print(a, b, "list and mapping:", n, k)
