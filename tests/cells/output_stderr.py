# Covers: print(..., file=sys.stderr) appears in order with stdout (one stream in the transcript), before the Out value.

# %%
import sys

# %%
print('to stderr', file=sys.stderr)

# %%
print('out 1')
print('err 1', file=sys.stderr)
print('out 2')
'value'

# %%
sys.stderr.write('written\n')

# %%
sys.stdout.write('raw stdout\n')

# %%
n = sys.stdout.write('counted\n');
n

# %%
print('warning:', 3, file=sys.stderr, end='!\n')

# %%
def log(msg):
    print('[log]', msg, file=sys.stderr)
    return len(msg)

# %%
log('hello')
