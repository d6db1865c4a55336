def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)

t('1j/0', lambda: 1j / 0)
t('1/0j', lambda: 1 / 0j)
t('1j/0.0', lambda: 1j / 0.0)
t('(1+1j)/(0+0j)', lambda: (1 + 1j) / (0 + 0j))
t('1j//1', lambda: 1j // 1)
t('1j%1', lambda: 1j % 1)
t('divmod(1j,1)', lambda: divmod(1j, 1))
t('1j<2j', lambda: 1j < 2j)
t('1j<=1', lambda: 1j <= 1)
t('1>1j', lambda: 1 > 1j)
t('1.0>=1j', lambda: 1.0 >= 1j)
t('int(1j)', lambda: int(1j))
t('float(1j)', lambda: float(1j))
t('int(1+0j)', lambda: int(1 + 0j))
t('round(1j)', lambda: round(1j))
t('1j<<1', lambda: 1j << 1)
t('~1j', lambda: ~1j)
t('1j&1', lambda: 1j & 1)
t('range(1j)', lambda: range(1j))
idx = 0j
t('[1][idx]', lambda: [1][idx])
t('sorted', lambda: sorted([2j, 1j]))
t('math.floor', lambda: __import__('math').floor(1j))
t("1j+'a'", lambda: 1j + 'a')
t("'a'*1j", lambda: 'a' * 1j)
t('0.0**-1j', lambda: 0.0 ** (-1j))
