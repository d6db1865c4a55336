print('starpkg.gamma: runs')
