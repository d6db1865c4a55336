x = [y for y in]
