# Flase inside a function: suggested from the builtins, not the locals.
def decide(x):
    result = x > 2
    if result == Flase:
        return 'small'
    return 'big'

print(decide(5))
print(decide(1))
