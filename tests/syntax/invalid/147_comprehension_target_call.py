x = {a for f() in y}
