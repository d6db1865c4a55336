print('nsdemo.part_two: runs')
TWO = 2
