from tracked import Tracked
resource = Tracked('holder.resource')
print('holder: imported')
