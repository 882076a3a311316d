using Spectre.Console;

namespace HepSense.FirmwareSim.Commands;

/// <summary>The progress bars every command shows, and the bounded parallel loop over bands or patients behind one bar.</summary>
public static class ProgressDisplay
{
    public static Progress Of(IAnsiConsole console) => console.Progress()
        .AutoClear(false)
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn());

    /// <summary>Runs <paramref name="step"/> for 0..count-1, at most <paramref name="parallel"/> at once, one bar tick per step.</summary>
    /// <param name="describe">The bar's label after each step, for a running figure; default: <paramref name="label"/> throughout.</param>
    public static Task ForEachAsync(IAnsiConsole console, string label, int count, int parallel, Func<int, CancellationToken, Task> step,
        CancellationToken ct, Func<string>? describe = null) =>
        Of(console).StartAsync(async p =>
        {
            var task = p.AddTask(label, maxValue: count);
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
                async (i, token) =>
                {
                    await step(i, token);
                    task.Increment(1);
                    if (describe is not null) task.Description = describe();
                });
        });
}
