# Covers: sys.exit(3), sys.exit(), sys.exit('message') and raise SystemExit inside cells: the session goes on.

# %%
import sys
kept = 'alive'

# %%
print('before exit')
sys.exit(3)
print('not reached')

# %%
kept

# %%
sys.exit()

# %%
sys.exit('a message')

# %%
raise SystemExit(0)

# %%
def stop():
    sys.exit(7)

# %%
stop()

# %%
try:
    sys.exit(4)
except SystemExit as e:
    print('caught', e.code)

# %%
kept, sorted(Out)
