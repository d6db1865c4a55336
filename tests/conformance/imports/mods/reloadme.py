print('reloadme: running')
try:
    count += 1
except NameError:
    count = 1
FIXED = 'fixed'
