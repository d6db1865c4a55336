import os
import shutil

for k in ['COLUMNS', 'LINES']:
    os.environ.pop(k, None)
print(shutil.get_terminal_size())
print(shutil.get_terminal_size((120, 50)))
os.environ['COLUMNS'] = '100'
print(shutil.get_terminal_size())
os.environ['LINES'] = '33'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'abc'
print(shutil.get_terminal_size((70, 20)))
os.environ['COLUMNS'] = '-5'
os.environ['LINES'] = '0'
print(shutil.get_terminal_size((60, 10)))
s = shutil.get_terminal_size()
print(type(s).__name__, s.columns, s.lines, tuple(s))
