class InvalidMove(Exception):
    pass
def move(pos, step):
    new = pos + step
    if not 0 <= new <= 8:
        raise InvalidMove(f"position {new} is off the board")
    return new
p = move(0, 3)
print(p)
p = move(p, 7)
print(p)
