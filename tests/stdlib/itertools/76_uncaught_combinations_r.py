import itertools


def teams(players, size):
    out = ["+".join(t) for t in itertools.combinations(players, size)]
    print("teams of", size, ":", out)
    return out


players = ["ann", "bob", "cy"]
for size in range(len(players) + 2):
    teams(players, size)
teams([], 0)
teams([], 2)
remaining = len(players)
for taken in (1, 2, 3, 4):
    teams(players, remaining - taken)
print("not reached")
