print('raises_key: start')
settings = {'debug': True}
level = settings['level']
print('raises_key: never printed')
