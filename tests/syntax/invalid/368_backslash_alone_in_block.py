if True:
    \
