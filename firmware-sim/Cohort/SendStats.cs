using System.Collections.Concurrent;

namespace HepSense.FirmwareSim.Cohort;

/// <summary>What the bands of a run sent and what the broker answered; shared by all bands, thread-safe.</summary>
public sealed class SendStats
{
    long samples, acked, refused, otherRefused, malformedRefused, malformedAccepted;
    public readonly ConcurrentQueue<string> Refusals = new();

    public long Samples => Interlocked.Read(ref samples);
    public long Acked => Interlocked.Read(ref acked);
    public long Refused => Interlocked.Read(ref refused);
    public long OtherRefused => Interlocked.Read(ref otherRefused);
    public long MalformedRefused => Interlocked.Read(ref malformedRefused);
    public long MalformedAccepted => Interlocked.Read(ref malformedAccepted);

    public void Record(OutMessage m, Band.PublishOutcome o, string device)
    {
        if (m.ExpectRefused)
        {
            if (o.Accepted) Interlocked.Increment(ref malformedAccepted);
            else Interlocked.Increment(ref malformedRefused);
            return;
        }
        if (m.Channel != "imu")
        {
            if (!o.Accepted) { Interlocked.Increment(ref otherRefused); Note($"{device} {m.Channel}: {o.Reason}"); }
            return;
        }
        if (o.Accepted)
        {
            Interlocked.Increment(ref acked);
            Interlocked.Add(ref samples, m.Samples);
        }
        else
        {
            Interlocked.Increment(ref refused);
            Note($"{device} seq {m.Seq}: {o.Reason}");
        }
    }

    void Note(string refusal)
    {
        if (Refusals.Count < 20) Refusals.Enqueue(refusal);
    }
}
