print('starpkg.beta: runs')
B = 'b'
