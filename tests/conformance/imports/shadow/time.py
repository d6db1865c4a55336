print('shadow time: SHOULD NOT RUN')
MARK = 'user time'
