items = [
    "a",
    "b",

y = 2
