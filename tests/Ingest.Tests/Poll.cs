namespace HepSense.Ingest.Tests;

/// <summary>For what the broker does on its own time (will messages): waits for a condition, bounded so a bug fails instead of hanging.</summary>
public static class Poll
{
    public static async Task Until(Func<bool> condition, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Condition not met within {timeoutSeconds} s.");
            await Task.Delay(20);
        }
    }
}
