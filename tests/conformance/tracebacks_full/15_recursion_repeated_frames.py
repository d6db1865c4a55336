# A recursive function fails at depth 10: repeated frames are collapsed.
def countdown(n):
    if n == 0:
        return {}['done']
    return countdown(n - 1)

def start():
    return countdown(10)

start()
