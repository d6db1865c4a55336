a, b =
