# An exception raised while handling another one.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return int(key)

table = {'one': 1}
print(lookup(table, 'one'))
print(lookup(table, '7'))
print(lookup(table, 'seven'))
