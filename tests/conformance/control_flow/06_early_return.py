def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1
print(find([4, 5, 6], 5), find([4, 5, 6], 9), find([], 1))
def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def nested_return(x):
    while True:
        for i in range(10):
            if i == x:
                return "found %d" % i
        return "none"
print(nested_return(3), nested_return(42))
def f():
    return
print(f())
