def numbers(n):
    for i in range(n):
        yield i

def evens(seq):
    return (x for x in seq if x % 2 == 0)

def squared(seq):
    for x in seq:
        yield x * x
print(sum(squared(evens(numbers(10)))))
