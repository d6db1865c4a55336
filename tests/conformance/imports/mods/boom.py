import counter
counter.runs.append(len(counter.runs) + 1)
print('boom: running, attempt', len(counter.runs))
VALUE = 1
raise ValueError('boom failed at import')
