print('starpkg.alpha: runs')
A = 'a'
