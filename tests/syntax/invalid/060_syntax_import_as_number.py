import sys as 1
