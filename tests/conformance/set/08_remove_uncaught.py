tags = {1, 2, 3}
tags.discard(4)
print(sorted(tags))
tags.remove(2)
print(sorted(tags))
tags.remove(2)
