# Level constants, getLevelName in both directions, addLevelName and the name tables.
import logging

for name in ['CRITICAL', 'FATAL', 'ERROR', 'WARNING', 'WARN', 'INFO', 'DEBUG', 'NOTSET']:
    print(name, getattr(logging, name))

for level in [0, 10, 20, 30, 40, 50, 5, 35, 100, -1]:
    print(level, repr(logging.getLevelName(level)))

for name in ['DEBUG', 'INFO', 'WARN', 'FATAL', 'debug', 'Level 5', '', 'NOTSET']:
    print(repr(name), repr(logging.getLevelName(name)))

print(logging.getLevelName(None), logging.getLevelName(1.5), logging.getLevelName((1,)))
for bad in [[1], (1, 2)]:
    try:
        logging.getLevelName(bad)
    except TypeError as e:
        print(type(e).__name__, e)

print(sorted(logging._nameToLevel.items()))
print(sorted(logging._levelToName.items()))
m = logging.getLevelNamesMapping()
print(type(m).__name__, m == logging._nameToLevel, m is logging._nameToLevel)
m['X'] = 1
print('X' in logging._nameToLevel)

logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
logging.addLevelName(25, 'NOTE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName('NOTE'))
logging.addLevelName(20, 'INFORMATION')
print(logging.getLevelName(20), logging.getLevelName('INFO'), logging.getLevelName('INFORMATION'))
logging.addLevelName('odd', 'ODD')
print(logging.getLevelName('odd'), logging.getLevelName('ODD'))
print(list(logging.getLevelNamesMapping())[-4:])
