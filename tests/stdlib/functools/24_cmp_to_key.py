import functools

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha), reverse=True))

def reverse_num(a, b):
    return b - a
nums = [5, 2, 8, 1, 9]
nums.sort(key=functools.cmp_to_key(reverse_num))
print(nums)
print(max([3, 7, 5], key=functools.cmp_to_key(reverse_num)))
print(min([3, 7, 5], key=functools.cmp_to_key(reverse_num)))

# the key objects themselves
K = functools.cmp_to_key(lambda a, b: a - b)
print(type(K).__name__)
k1, k3 = K(1), K(3)
print(type(k1).__name__, k1.obj, k3.obj)
print(k1 < k3, k1 > k3, k1 <= k3, k1 >= k3, k1 == k3, k1 != k3)
print(K(2) == K(2), K(2) <= K(2), K(2) < K(2))

# the cmp result only has to compare with 0
K2 = functools.cmp_to_key(lambda a, b: 0.5 if a > b else (-2.5 if a < b else 0))
print(sorted([3, 1, 2], key=K2))

# keys are unhashable
try:
    hash(k1)
except TypeError as e:
    print(type(e).__name__, e)
# comparing with a non-key object
try:
    k1 < 3
except TypeError as e:
    print(type(e).__name__, e)
# a stable sort keeps equal items in order
pairs = [("b", 1), ("a", 2), ("b", 0), ("a", 1)]
print(sorted(pairs, key=functools.cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]))))
calls = []
def tracing(a, b):
    calls.append((a, b))
    return a - b
print(sorted([2, 1], key=functools.cmp_to_key(tracing)), calls)
try:
    functools.cmp_to_key()
except TypeError as e:
    print(type(e).__name__, e)
print(k1.obj, hasattr(k1, "__dict__"))
