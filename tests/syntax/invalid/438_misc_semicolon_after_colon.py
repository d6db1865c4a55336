if True:; pass
