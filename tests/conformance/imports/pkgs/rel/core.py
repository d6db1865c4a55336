print('rel.core: runs')
VERSION = '1.2'
