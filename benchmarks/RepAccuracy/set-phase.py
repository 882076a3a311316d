# Phase of each gym sim set as counted (helper phase15b, 28 Nov night): for every detected rep start, its phase within the true rep
# it falls in; per file the circular mean, "in" (about 0.25: counted from the way out) or "OUT" (about 0.75: from the rest lobe), and the
# count error. Usage: dotnet run ... -- .data/guards/gym-s7-r25 --no-gyro --reps R.csv; python3 set-phase.py .data/guards/gym-s7-r25 R.csv
import json,csv,sys,math,collections
from datetime import datetime
root,reps=sys.argv[1],sys.argv[2]
d=json.load(open(root+'/truth.json'))
t=lambda s: datetime.fromisoformat(s.replace('Z','+00:00')).timestamp()
truth={}
for p in d['patients']:
    cnt=collections.Counter()
    for s in p['sessions']:
        ex=s['sets'][0]['exercise']; cnt[ex]+=1
        f=f"gym/{ex}-{p['persona']}-{cnt[ex]}.csv"
        t0=t(s['start'])
        truth[f]=[t(r['start'])-t0 for st in s['sets'] for r in st['reps']]
det=collections.defaultdict(list)
for r in csv.DictReader(open(reps)): det[r['file']].append(float(r['start_s']))
for f in sorted(truth):
    rs=truth[f]; ph=[]
    for x in det.get(f,[]):
        for i in range(len(rs)-1):
            if rs[i]<=x<rs[i+1]: ph.append((x-rs[i])/(rs[i+1]-rs[i]))
    if not ph: print(f,'none');continue
    c=sum(math.cos(2*math.pi*a) for a in ph); s_=sum(math.sin(2*math.pi*a) for a in ph)
    m=(math.atan2(s_,c)/(2*math.pi))%1
    print(f, 'OUT' if 0.5<=m<1 else 'in', round(m,2), len(det[f])-len(rs))
