class Tracked:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print('__del__', self.label)
