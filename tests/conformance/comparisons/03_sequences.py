print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [] < [0], [2] > [1, 5])
print((1, "a") < (1, "b"), (2,) > (1, "zzz"), ("a", 1) == ("a", 1.0))
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "Z" < "a")
print([1, [2, 3]] < [1, [2, 4]], [[1]] == [[1]])
print([1, 2] == (1, 2), list((1, 2)) == [1, 2])
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] == [1, 2], [1, "a"] != [1, 2])
