import heapq

scores = (50, 20, 80)
print(heapq.nsmallest(2, scores))
print(heapq.nlargest(1, scores))
heapq.heapify(scores)
print(scores)
