print('shadow sys: SHOULD NOT RUN')
MARK = 'user sys'
