import yaml, os, re, collections
os.chdir('/work/blind/en-notes-13')
L=yaml.safe_load(open('LABELS.yml'))
files=sorted(f for f in os.listdir('.') if f.endswith('.txt'))
assert sorted(L)==files, set(files)^set(L)
def units(m): return 0 if m is None or m<15 else m//15
day=collections.defaultdict(int); errs=[]; cnt=collections.Counter(); clean=0
for f in files:
    t=open(f).read(); d=L[f]; F=d['facts']; b=set(d['billing'])
    wc=len(t.split())
    if not 80<=wc<=450: errs.append((f,'words',wc))
    if t.startswith('---'): errs.append((f,'frontmatter'))
    for c in d['concerns']:
        if c not in t: errs.append((f,'concern',c))
    if d['goal_evidence'] and d['goal_evidence'] not in t: errs.append((f,'ev'))
    if F['adhoc_reason'] and F['adhoc_reason'] not in t: errs.append((f,'reason'))
    if F['lpha_cosign'] and F['lpha_cosign'] not in t: errs.append((f,'cosign'))
    if F['person'] and F['person'] not in t: errs.append((f,'person'))
    if F['billing_code'] and F['billing_code'] not in t: errs.append((f,'code'))
    if ('HQ' in F['modifiers']) != bool(re.search(r'H0038[ -]HQ',t)): errs.append((f,'HQ'))
    if d['plan']:
        p=yaml.safe_load(open(d['plan'])); ids={g['id'] for g in p['goals']}
        if not set(d['goals'])<=ids: errs.append((f,'goalids'))
        if F['person'] and p['person']!=F['person']: errs.append((f,'planperson'))
    elif d['goals']: errs.append((f,'goals without plan'))
    if F['preadmission'] != (d['link']=='n/a'): errs.append((f,'link n/a'))
    exp=set()
    m=F['minutes']
    if m is None and F['range_minutes'] is None: exp.add('billing-minutes-missing')
    if m is not None and m<15: exp.add('billing-under-15-minutes')
    if m is not None and F['range_minutes'] is not None and m!=F['range_minutes']: exp.add('billing-duration-mismatch')
    g=F['service']=='group'
    if g and F['group_size'] is None: exp.add('billing-group-size-missing')
    if g and F['group_size'] and F['group_size']>12: exp.add('billing-group-size')
    if g and F['billing_code'] and 'HQ' not in F['modifiers']: exp.add('billing-group-modifier')
    if F['preadmission'] and g: exp.add('billing-preadmission-group')
    if F['preadmission'] and not F['lpha_cosign']: exp.add('billing-preadmission-cosign')
    if F['adhoc'] and not F['adhoc_reason']: exp.add('adhoc-rationale-missing'.replace('billing-',''))
    if F['person']:
        k=(F['person'],str(F['date'])); before=day[k]; day[k]+=units(m)
        if before<=12 and day[k]>12: exp.add('billing-day-limit')
    if exp!=b: errs.append((f,'billing',sorted(exp),sorted(b)))
    for x in b: cnt[x]+=1
    if not b: clean+=1
print('errors:',errs); print('clean',clean,'problem notes',50-clean); print(dict(cnt))
print({k:v for k,v in day.items() if v>8})
print(collections.Counter(L[f]['facts']['service'] for f in files), collections.Counter(L[f]['facts']['setting'] for f in files))
print(collections.Counter(L[f]['format'] for f in files), collections.Counter(L[f]['link'] for f in files))
print('concern notes',sum(1 for f in files if L[f]['concerns']),'full4',sum(1 for f in files if len(L[f]['elements'])==4))
