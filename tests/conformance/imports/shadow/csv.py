print('shadow csv: running')
MARK = 'user csv'
