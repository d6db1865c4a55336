print('shadow gc: SHOULD NOT RUN')
MARK = 'user gc'
