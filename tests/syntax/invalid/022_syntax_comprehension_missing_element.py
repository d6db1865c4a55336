x = [for y in z]
