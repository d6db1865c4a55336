print('rel.sub2.deep: runs')
DEPTH = 2
