print('rel.sub: __init__, __package__ =', __package__)
