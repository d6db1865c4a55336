runs = []
