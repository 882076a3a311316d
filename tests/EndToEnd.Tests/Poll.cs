namespace HepSense.EndToEnd.Tests;

/// <summary>The node writes asynchronously (batched): read until the condition holds or 30 s pass, then return the last value for the assertion.</summary>
public static class Poll
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(250);
        }
    }
}
