using HepSense.Grains.Storage;

namespace HepSense.Clinical.Tests.Storage;

public interface ICounterGrain : IGrainWithStringKey
{
    Task Add(int amount, string note);
    Task<CounterState> Get();
    Task ScheduleReminder();
}

/// <summary>State with the kinds of members clinical state carries: dates, lists, nested records.</summary>
[GenerateSerializer]
public sealed class CounterState
{
    [Id(0)] public int Total { get; set; }
    [Id(1)] public List<CounterEntry> Entries { get; set; } = [];
}

[GenerateSerializer, Immutable]
public sealed record CounterEntry([property: Id(0)] int Amount, [property: Id(1)] string Note, [property: Id(2)] DateOnly Day);

/// <summary>A test grain whose state lives in the "hepsense" storage.</summary>
public sealed class CounterGrain(
    [PersistentState("counter", HepSenseStorage.Name)] IPersistentState<CounterState> state) : Grain, ICounterGrain, IRemindable
{
    public async Task Add(int amount, string note)
    {
        state.State.Total += amount;
        state.State.Entries.Add(new CounterEntry(amount, note, new DateOnly(2026, 3, 1)));
        await state.WriteStateAsync();
    }

    public Task<CounterState> Get() => Task.FromResult(state.State);

    public Task ScheduleReminder() => this.RegisterOrUpdateReminder("tick", TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
