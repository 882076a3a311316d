namespace HepSense.Grains.Tests;

public static class Poll
{
    /// <summary>Reads until the value satisfies <paramref name="done"/> or the bound passes; returns the last value read.</summary>
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan bound)
    {
        var until = DateTime.UtcNow + bound;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > until) return value;
            await Task.Delay(100);
        }
    }
}
