def to_hms(seconds):
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"

print(to_hms(3725), round(2.675, 2), round(7.5), abs(-3), pow(2, 10, 1000))
print(hex(255), bin(5), oct(8), chr(65), ord("A"), format(0.5, ".1%"))
