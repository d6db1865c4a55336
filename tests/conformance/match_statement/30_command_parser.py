# A command interpreter mixing every pattern kind

class Dir:
    NORTH = "north"
    SOUTH = "south"
    EAST = "east"
    WEST = "west"

class Item:
    __match_args__ = ("name", "weight")

    def __init__(self, name, weight):
        self.name, self.weight = name, weight

ROOM_ITEMS = {"lamp": Item("lamp", 2), "anvil": Item("anvil", 50), "key": Item("key", 0)}
inventory = []
position = [0, 0]

def run(command):
    match command.split():
        case []:
            return "say something"
        case ["go", Dir.NORTH | Dir.SOUTH as d]:
            position[1] += 1 if d == Dir.NORTH else -1
            return "you walk %s to %r" % (d, position)
        case ["go", (Dir.EAST | Dir.WEST) as d]:
            position[0] += 1 if d == Dir.EAST else -1
            return "you walk %s to %r" % (d, position)
        case ["go", other]:
            return "you cannot go " + other
        case ["take", name] if name in ROOM_ITEMS:
            match ROOM_ITEMS[name]:
                case Item(n, w) if w > 10:
                    return "the %s is too heavy (%d)" % (n, w)
                case Item(n, 0):
                    inventory.append(n)
                    return "you pocket the weightless " + n
                case Item(name=n) as it:
                    inventory.append(it.name)
                    return "you take the " + n
        case ["take", name]:
            return "there is no " + name
        case ["take", first, *others]:
            return "one at a time (you asked for %s and %d more)" % (first, len(others))
        case ["drop", *names] if names:
            dropped = [n for n in names if n in inventory]
            for n in dropped:
                inventory.remove(n)
            return "dropped %r" % dropped
        case ["inventory" | "inv" | "i"]:
            return "you carry %r" % inventory
        case ["quit" | "exit"]:
            return "goodbye"
        case [verb, *_]:
            return "unknown verb %r" % verb

script = [
    "", "go north", "go east", "go up", "take lamp", "take anvil", "take key",
    "take sword", "take lamp key", "inventory", "drop lamp sword", "i",
    "dance wildly", "go west", "quit",
]
for line in script:
    print(repr(line), "->", run(line))

print("-- processing structured events --")
events = [
    {"event": "move", "delta": [1, -1]},
    {"event": "pickup", "item": Item("gem", 1)},
    {"event": "pickup", "item": Item("boulder", 99)},
    {"event": "say", "text": "hello", "volume": 11},
    {"event": "noop"},
    ("not", "a", "mapping"),
]
for ev in events:
    match ev:
        case {"event": "move", "delta": [int(dx), int(dy)]}:
            position[0] += dx
            position[1] += dy
            print("moved to", position)
        case {"event": "pickup", "item": Item(n, w)} if w < 10:
            inventory.append(n)
            print("picked up", n, "inventory", inventory)
        case {"event": "pickup", "item": Item(n, _)}:
            print("could not lift", n)
        case {"event": "say", "text": str(t), **extra}:
            print("said", repr(t), "with extras", extra)
        case {"event": e}:
            print("ignored event", e)
        case _:
            print("malformed", ev)
