# -*- coding: utf-8 -*-
x = "naïve"
print(x)
