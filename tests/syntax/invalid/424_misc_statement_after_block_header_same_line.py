if True: if False: pass
