def uses_tab():
	return 1

def uses_spaces():
    return 2

class K:
	def m(self):
		return 3
print(uses_tab(), uses_spaces(), K().m())
