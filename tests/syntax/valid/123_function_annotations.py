def f(a: int, b: str = "x", *args: int, c: float = 1.0, **kw: dict) -> bool:
    return True

def g(x: "forward", /, y: list = []) -> "Result":
    return None

def h() -> None:
    pass
print(f(1), g(2), h())
