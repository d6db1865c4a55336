# Writes to sys.stderr, then sys.exit with a string: the string goes to stderr and the exit
# status is 1 (only stderr's last line is compared).
import sys

print('starting')
sys.stderr.write('warning: something minor\n')
print('counted', sys.stderr.write('second warning\n'))
print('progress', file=sys.stderr)
sys.stdout.flush()
print('about to exit')
try:
    sys.exit('caught message')
except SystemExit as e:
    print('caught', e.code)
sys.exit('fatal: input file is empty')
print('never printed')
