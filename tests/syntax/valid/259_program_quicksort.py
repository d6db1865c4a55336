def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    left = [x for x in rest if x < pivot]
    right = [x for x in rest if x >= pivot]
    return [*quicksort(left), pivot, *quicksort(right)]

print(quicksort([3, 6, 1, 8, 2, 9, 2]))
