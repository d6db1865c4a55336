class Settings:
    if True:
        mode = "fast"
    else:
        mode = "slow"
    for _name in ("a", "b"):
        pass
    del _name
    try:
        import math as _m
    except ImportError:
        _m = None
    squares = {i: i * i for i in range(3)}
print(Settings.mode, Settings.squares)
