f = lambda x → x
