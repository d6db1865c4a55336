print('nsdemo.part_one: runs, __package__ =', __package__)
ONE = 1
