class Counter:
	def __init__(self):
		self.n = 0

	def run(self, items):
		for item in items:
			while item > 0:
				item -= 1
				self.n += 1
		return self.n
